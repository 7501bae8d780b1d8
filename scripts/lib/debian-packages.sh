# Sourced by the scripts that need a program from Debian's packages (Chromium, PostgreSQL).

# Installs Debian's package $1, through sudo when not root.
install_debian_package() {
  local sudo=""
  if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$1" >/dev/null
}
