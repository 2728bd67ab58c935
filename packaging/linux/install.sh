#!/usr/bin/env bash
# Install Formation for the current user only (no root needed), from the built folder:
#   ./install.sh               from the unpacked formation-*-linux-*.tar.gz (or packaging/linux/ after
#                              `bash packaging/build`, which uses dist/formation)
#   ./install.sh --uninstall   remove the program (your data in ~/.local/share/Formation stays)
#
# Program:   ~/.local/lib/formation/          command: ~/.local/bin/formation
# Menu:      ~/.local/share/applications/formation.desktop, with its icon
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/lib/formation
bin_dir=$HOME/.local/bin
desktop=$data/applications/formation.desktop
icon=$data/icons/hicolor/scalable/apps/formation.svg

if [[ ${1:-} == --uninstall ]]; then
  rm -rf "$app_dir" "$desktop" "$icon"
  [[ -L $bin_dir/formation ]] && rm -f "$bin_dir/formation"
  echo "Formation est désinstallé. Vos données sont toujours dans $data/Formation."
  exit 0
fi

# The bundle: this folder when the script ships inside it, else the build's output.
if [[ -x $here/formation && -d $here/_internal ]]; then
  bundle=$here
elif [[ -x $here/../../dist/formation/formation ]]; then
  bundle=$(cd "$here/../../dist/formation" && pwd)
else
  echo "Formation n'est pas construit : lancez d'abord « bash packaging/build »." >&2
  exit 1
fi

mkdir -p "$(dirname "$app_dir")" "$bin_dir" "$(dirname "$desktop")" "$(dirname "$icon")"
if [[ $bundle != "$app_dir" ]]; then
  rm -rf "$app_dir.new"
  cp -a "$bundle" "$app_dir.new"
  rm -rf "$app_dir"
  mv "$app_dir.new" "$app_dir"
fi
ln -sfn "$app_dir/formation" "$bin_dir/formation"
cp "$here/formation.svg" "$icon"
# The menu entry names the program by its full path: ~/.local/bin is not always on the PATH of
# the desktop session.
sed -e "s|^Exec=.*|Exec=$app_dir/formation|" -e "s|^TryExec=.*|TryExec=$app_dir/formation|" \
  "$here/formation.desktop" > "$desktop"
chmod 644 "$desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true

echo "Formation $("$app_dir/formation" --version | sed 's/^Formation //') est installé :"
echo "  menu des applications : Formation"
echo "  commande : $bin_dir/formation"
case ":$PATH:" in *":$bin_dir:"*) ;; *) echo "  ($bin_dir n'est pas dans votre PATH : ajoutez-le pour taper « formation »)";; esac
