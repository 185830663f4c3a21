#!/usr/bin/env python3
"""Turns count-usage.py's per-project usage.json into the facts the bundle build reads
(scripts/tex/eval/usage.json): per engine, file name -> number of projects; tikz libraries;
the option sets each font package is loaded with.  Usage: convert-usage.py IN.json OUT.json"""
import json, sys

# biblatex's style options name the files it loads: style=X reads X.bbx and X.cbx.
BIBLATEX_STYLE_FILES = {"style": (".bbx", ".cbx"), "bibstyle": (".bbx",), "citestyle": (".cbx",)}


def bibliography_files(project):
    """The bibliography styles a project loads, as file names (\\bibliographystyle, biblatex's style options)."""
    own = {path.rsplit("/", 1)[-1] for path in project.get("bst_files_present") or []}
    files = {s + ".bst" for s in project.get("bibliographystyle") or []
             if s and "/" not in s and "\\" not in s and "#" not in s and s + ".bst" not in own}
    for option in (project.get("biblatex") or {}).get("options") or []:
        key, _, value = option.replace(" ", "").partition("=")
        for ext in BIBLATEX_STYLE_FILES.get(key, ()):
            if value:
                files.add(value + ext)
    return files

d = json.load(open(sys.argv[1]))
out = {"description": "What the gathered real resume and cover-letter projects (projects.tsv and projects-2.tsv) load: file name -> number of projects, per engine. Made by count-usage.py + convert-usage.py from the projects themselves; read by scripts/tex/select-files.ts and record-font-probes.ts (tier.json: measured).",
       "projects": {}, "counts": {}}
for eng in ("all", "pdflatex", "xelatex_lualatex"):
    a = d["aggregate"][eng]
    out["projects"][eng] = a["projects"]
    c = {}
    for kind, ext in (("classes", ".cls"), ("packages", ".sty")):
        for k, v in a[kind].items():
            if "/" not in k:
                c[k + ext] = v
    for p in d["projects"].values():
        if eng == "all" or p.get("engine") in (eng, *eng.split("_")):
            for f in bibliography_files(p):
                c[f] = c.get(f, 0) + 1
    out["counts"][eng] = dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
tikz, fonts = {}, {}
for p in d["projects"].values():
    for lib in set(p.get("tikz_libraries") or []):
        tikz[lib] = tikz.get(lib, 0) + 1
    opts = p.get("package_options") or {}
    for f in p.get("font_packages") or []:
        fonts.setdefault(f, set()).add(",".join(opts.get(f) or []))
out["tikzLibraries"] = dict(sorted(tikz.items(), key=lambda kv: -kv[1]))
out["fontPackageOptions"] = {k: sorted(v) for k, v in sorted(fonts.items())}
json.dump(out, open(sys.argv[2], "w"), indent=1)
