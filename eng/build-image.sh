#!/usr/bin/env bash
# Builds the OCI image deploy/monitor and deploy/node-agent run: metallb-validate:<version>, the NativeAOT executable
# (eng/publish-native.sh) on an empty base with only what it needs at run time, copied from this Debian/Ubuntu host:
# glibc (what the executable links), OpenSSL 3's libssl.so.3 and libcrypto.so.3 (which .NET dlopens for HTTPS to the
# API server) and the CA bundle; user 65532, the executable as entrypoint. No registry is contacted: buildah starts
# `from scratch`, in a private storage under a temporary directory, and writes an OCI archive:
#   artifacts/image/metallb-validate-<version>.oci.tar
# Load it with `podman load -i FILE`, or push it with `skopeo copy oci-archive:FILE docker://REGISTRY/metallb-validate:<version>`.
# The Debian packages the files came from are recorded in the image's labels. Needs buildah (apt-get install -y
# buildah; installed here when run as root and missing); as another user run it under `buildah unshare`.
#   eng/build-image.sh                       # publishes the native executable first (eng/publish-native.sh)
#   eng/build-image.sh --executable FILE     # takes an executable already published (artifacts/native/metallb-validate)
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "build-image: $*" >&2; exit 1; }

executable=
case "${1:-}" in
  --executable) executable=${2:?--executable needs the path of the NativeAOT metallb-validate} ;;
  "") ;;
  *) fail "usage: eng/build-image.sh [--executable FILE]" ;;
esac
command -v dpkg-query >/dev/null || fail "the image's files are taken from Debian packages: run this on Debian or Ubuntu"
if ! command -v buildah >/dev/null || [ ! -e /etc/ssl/certs/ca-certificates.crt ] || ! dpkg-query -W libssl3 >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends buildah ca-certificates libssl3 >/dev/null
  else
    fail "needs buildah, ca-certificates and libssl3 (apt-get install -y buildah ca-certificates libssl3)"
  fi
fi
# buildah mounts the image's root to copy files into it: root, or a user's namespace (`buildah unshare`).
[ "$(id -u)" -eq 0 ] || fail "run it as root, or as a user under buildah unshare: buildah unshare eng/build-image.sh"
if [ -z "$executable" ]; then
  bash eng/publish-native.sh
  executable=artifacts/native/metallb-validate
fi
[ -f "$executable" ] || fail "no executable at '$executable'"
grep -q '^ELF 64-bit.*x86-64' <<<"$(file -b "$executable")" || fail "$executable is not a linux-x64 ELF executable"
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
source_url=$(sed -n 's:.*<RepositoryUrl>\(.*\)</RepositoryUrl>.*:\1:p' Directory.Build.props)
revision=$(git rev-parse HEAD 2>/dev/null || echo unknown)
created=$(git log -1 --format=%ct 2>/dev/null || date +%s)

work=$(mktemp -d)
export CONTAINERS_STORAGE_CONF="$work/storage.conf"
printf '[storage]\ndriver = "vfs"\nrunroot = "%s/run"\ngraphroot = "%s/graph"\n' "$work" "$work" >"$CONTAINERS_STORAGE_CONF"
container=
cleanup() {
  [ -z "$container" ] || buildah rm "$container" >/dev/null 2>&1 || true
  buildah rmi -a -f >/dev/null 2>&1 || true
  chmod -R u+w "$work" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# What the executable needs: the libraries it links (ldd, recursively) and the OpenSSL it dlopens, with theirs.
# .NET tries OpenSSL 3's sonames first; the executable names them, so check it still does.
names=$(strings "$executable")  # captured first: under pipefail, grep -q closing the pipe early fails strings
grep -qx 'libssl.so.3' <<<"$names" || fail "$executable does not name libssl.so.3: which OpenSSL does it load?"
libdir=$(dirname "$(ldconfig -p | awk '/libssl\.so\.3 .*x86-64/ { print $NF; exit }')")
[ -e "$libdir/libssl.so.3" ] || fail "no x86-64 libssl.so.3 on this host (apt-get install -y libssl3)"
files=$( { ldd "$executable"; ldd "$libdir/libssl.so.3"; ldd "$libdir/libcrypto.so.3"; } \
  | grep -oE '/[^ ]+' | sort -u)
files=$(printf '%s\n%s\n%s\n' "$files" "$libdir/libssl.so.3" "$libdir/libcrypto.so.3" | sort -u)
# Each library must come from glibc or OpenSSL: anything else the executable starts to link is a decision to make here.
declare -A packages=()
for file in $files; do
  owner=$(dpkg -S "$(readlink -f "$file")" 2>/dev/null | head -1 | cut -d: -f1) \
    || owner=$(dpkg -S "$file" 2>/dev/null | head -1 | cut -d: -f1) || true
  case "$owner" in
    libc6 | libssl3) packages[$owner]=1 ;;
    *) fail "$file (from '${owner:-no package}') is not glibc or OpenSSL: the image holds nothing else" ;;
  esac
done
packages[ca-certificates]=1

container=$(buildah from --quiet scratch)
root=$(buildah mount "$container")
[ -n "$root" ] && [ "$root" != / ] || fail "buildah mount gave '$root'"
for file in $files; do
  mkdir -p "$root$(dirname "$file")"
  cp -L "$file" "$root$file"
done
install -D -m 755 "$executable" "$root/usr/local/bin/metallb-validate"
install -D -m 644 /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
# OpenSSL's default places (OPENSSLDIR /usr/lib/ssl on Debian) point at the bundle, as on the host.
mkdir -p "$root/usr/lib/ssl"
ln -s /etc/ssl/certs/ca-certificates.crt "$root/usr/lib/ssl/cert.pem"
ln -s /etc/ssl/certs "$root/usr/lib/ssl/certs"
for package in "${!packages[@]}"; do
  install -D -m 644 "/usr/share/doc/$package/copyright" "$root/usr/share/doc/$package/copyright"
done
mkdir -p "$root/etc" "$root/tmp" "$root/home/nonroot"
chmod 1777 "$root/tmp"
chown 65532:65532 "$root/home/nonroot"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' >"$root/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' >"$root/etc/group"
printf 'hosts: files dns\n' >"$root/etc/nsswitch.conf"
buildah umount "$container" >/dev/null

labels=(
  --label "org.opencontainers.image.title=metallb-validate"
  --label "org.opencontainers.image.description=Validates MetalLB configurations against the nodes they land on (monitor, node agent, CLI)"
  --label "org.opencontainers.image.version=$version"
  --label "org.opencontainers.image.revision=$revision"
  --label "org.opencontainers.image.source=$source_url"
  --label "org.opencontainers.image.licenses=Apache-2.0"
)
for package in "${!packages[@]}"; do
  labels+=(--label "io.github.metallb-validation.debian.$package=$(dpkg-query -W -f '${Version}' "$package")")
done
buildah config "${labels[@]}" \
  --user 65532:65532 \
  --workingdir /home/nonroot \
  --env HOME=/home/nonroot \
  --env SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \
  --entrypoint '["/usr/local/bin/metallb-validate"]' \
  --cmd '["--help"]' \
  --os linux --arch amd64 \
  "$container"
image="localhost/metallb-validate:$version"
buildah commit --quiet --squash --omit-history --timestamp "$created" "$container" "$image" >/dev/null
mkdir -p artifacts/image
archive="artifacts/image/metallb-validate-$version.oci.tar"
rm -f "$archive"
buildah push --quiet "$image" "oci-archive:$archive:metallb-validate:$version"
echo "$archive (metallb-validate:$version, $(du -h "$archive" | cut -f1); $(for p in "${!packages[@]}"; do printf '%s %s, ' "$p" "$(dpkg-query -W -f '${Version}' "$p")"; done | sed 's/, $//'))"
