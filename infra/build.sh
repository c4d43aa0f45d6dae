#!/usr/bin/env bash
# Compiles the Bicep templates with the Bicep CLI from the package source (no Azure CLI needed) and fails on any
# error or warning; `bicep build` runs the linter, so its warnings count too. The compiler is a NuGet package restored by infra/tools/BicepTool.csproj
# into the NuGet global packages folder, so a second run works offline.
#   bash infra/build.sh            # compile infra/main.bicep and each module under infra/app
#   bash infra/build.sh --out DIR  # also keep the ARM JSON in DIR
set -euo pipefail
cd "$(dirname "$0")/.."

out=""
if [ "${1:-}" = "--out" ]; then out="${2:?--out needs a folder}"; fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
tools=infra/tools/BicepTool.csproj

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) echo "infra/build.sh: the Bicep package used here is linux-x64; on $(uname -s)-$(uname -m) use 'az bicep build' instead." >&2; exit 2 ;;
esac

dotnet restore "$tools" --verbosity quiet >/dev/null
# Two properties at once come back as JSON: {"Properties": {"NuGetPackageRoot": "…", "BicepVersion": "…"}}.
props=$(dotnet msbuild "$tools" -nologo -getProperty:NuGetPackageRoot -getProperty:BicepVersion)
root=$(sed -n 's/.*"NuGetPackageRoot": *"\([^"]*\)".*/\1/p' <<<"$props")
version=$(sed -n 's/.*"BicepVersion": *"\([^"]*\)".*/\1/p' <<<"$props")
bicep="${root%/}/azure.bicep.commandline.linux-x64/${version}/tools/bicep"
[ -f "$bicep" ] || { echo "infra/build.sh: no Bicep CLI at $bicep after restore." >&2; exit 2; }
[ -x "$bicep" ] || chmod +x "$bicep"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
# main.bicep pulls in every module under infra/app, so their diagnostics are reported here too; each module is also
# built alone so one that main.bicep stops using still has to compile.
for file in infra/main.bicep infra/app/*.bicep; do
  name=$(basename "$file" .bicep)
  if ! "$bicep" build "$file" --outfile "$work/$name.json" 2>"$work/$name.log"; then
    status=1
  fi
  if grep -Eiq '(warning|error)' "$work/$name.log"; then
    status=1
  fi
  if [ -s "$work/$name.log" ]; then
    sort -u "$work/$name.log" | sed "s|^$PWD/||" >&2
  fi
done

if [ "$status" -ne 0 ]; then
  echo "infra/build.sh: Bicep $version reported errors or warnings (listed above)." >&2
  exit 1
fi
if [ -n "$out" ]; then
  mkdir -p "$out"
  cp "$work/main.json" "$out/main.json"
fi
echo "Bicep $version: infra/main.bicep and $(ls infra/app/*.bicep | wc -l) modules compiled with no warnings."
