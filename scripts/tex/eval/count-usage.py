#!/usr/bin/env python3
"""Count which LaTeX classes, packages, fonts and bibliography tools the resume projects load.

Usage: count-usage.py [--tsv projects.tsv] --root DIR [--tsv projects-2.tsv --root DIR2 ...] [--out usage.json]
(each DIR holds the projects of the manifest given with it, one folder per row; defaults: the
manifest beside this script, and count-usage.json in the working folder.)

For every project in projects.tsv the main file is parsed, and everything reachable from it is
followed: \\input/\\include/\\subfile/\\import'ed .tex files, and the project's own .cls/.sty files
(loaded via \\documentclass, \\LoadClass, \\usepackage, \\RequirePackage).  Classes/packages that
are provided by the project itself are reported as local_* and are NOT counted as external.
"""
import os, re, json, argparse, collections

FONT_PACKAGES = {
    'lmodern', 'times', 'mathptmx', 'mathptm', 'helvet', 'palatino', 'mathpazo', 'pxfonts', 'txfonts', 'charter',
    'XCharter', 'libertine', 'libertinus', 'libertinust1math', 'libertinus-otf', 'ebgaramond', 'garamondx', 'EBGaramond',
    'sourcesanspro', 'sourceserifpro', 'sourcecodepro', 'sourceserif4', 'sourcesans3', 'roboto', 'roboto-mono', 'lato', 'raleway', 'opensans',
    'FiraSans', 'FiraMono', 'firamath', 'fira', 'noto', 'noto-sans', 'noto-serif', 'noto-mono', 'tgheros', 'tgtermes', 'tgpagella',
    'tgbonum', 'tgschola', 'tgadventor', 'tgcursor', 'tgchorus', 'fontawesome', 'fontawesome5', 'fontawesome6', 'academicons',
    'marvosym', 'bbding', 'pifont', 'cmbright', 'kpfonts', 'fourier', 'fouriernc', 'utopia', 'avant', 'bookman', 'newcent',
    'newtxtext', 'newtxmath', 'newpxtext', 'newpxmath', 'inconsolata', 'zi4', 'Alegreya', 'AlegreyaSans', 'baskervillef',
    'carlito', 'DejaVuSans', 'DejaVuSerif', 'dejavu', 'merriweather', 'montserrat', 'paratype', 'PTSans', 'PTSerif', 'paratype',
    'cabin', 'crimson', 'cochineal', 'crimsonpro', 'gillius', 'gillius2', 'heuristica', 'librebaskerville', 'librecaslon',
    'mlmodern', 'cfr-lm', 'anttor', 'arev', 'bera', 'beraserif', 'berasans', 'beramono', 'charis', 'charissil', 'comfortaa',
    'courier', 'mathdesign', 'microtype', 'ifsym', 'wasysym', 'dingbat', 'skull', 'fontenc', 'textcomp', 'inter', 'plex-sans',
    'plex-serif', 'plex-mono', 'ClearSans', 'quattrocento', 'venturis', 'venturis2', 'droid', 'droidsans', 'droidserif',
    'iwona', 'kurier', 'antpolt', 'tgothic', 'yfonts', 'sansmath', 'eulervm', 'euler', 'ccfonts', 'concmath', 'stix', 'stix2',
    'erewhon', 'nimbusserif', 'nimbussans', 'nimbusmono', 'qtxmath', 'tgtermes', 'tempora', 'newtx', 'mdsymbol', 'classico',
    'fontawesome5', 'ly1', 'epigrafica', 'electrum', 'overlock', 'nunito', 'universalis', 'gfsartemisia', 'cyrillic',
    'fontspec', 'unicode-math', 'xeCJK', 'ctex', 'mathspec', 'simpleicons', 'twemojis', 'emoji', 'bclogo', 'CJKutf8',
    'CJK', 'xunicode', 'xltxtra', 'luaotfload', 'helvet', 'uarial', 'arial', 'calibri', 'opensans', 'sfmath', 'mathastext',
    'anyfontsize', 'type1cm', 'type1ec', 'ae', 'aecompl', 'cm-super', 'lxfonts', 'frcursive', 'calligra', 'aurical', 'sectsty',
}
NOT_FONT = {'microtype', 'fontenc', 'textcomp', 'fontspec', 'unicode-math', 'xeCJK', 'ctex', 'mathspec', 'xunicode',
            'xltxtra', 'luaotfload', 'anyfontsize', 'type1cm', 'type1ec', 'sectsty', 'CJKutf8', 'CJK', 'sfmath', 'mathastext'}
FONT_PACKAGES -= NOT_FONT
FONT_INFRA = {'fontspec', 'unicode-math', 'fontenc', 'textcomp', 'microtype', 'xeCJK', 'ctex', 'luaotfload', 'anyfontsize', 'type1cm', 'CJKutf8', 'CJK', 'mathspec'}

def strip_comments(text):
    out = []
    for line in text.split('\n'):
        m = re.search(r'(?<!\\)%', line)
        out.append(line[:m.start()] if m else line)
    return '\n'.join(out)

def read(p):
    try:
        with open(p, 'rb') as f:
            return f.read(600000).decode('utf-8', 'replace')
    except OSError:
        return None

ARG = r'(?:\[[^\]]*\])?\s*\{([^}]*)\}'
RE_CLASS = re.compile(r'\\documentclass\s*(\[[^\]]*\])?\s*\{([^}]*)\}')
RE_LOADCLASS = re.compile(r'\\LoadClass(?:WithOptions)?\s*(\[[^\]]*\])?\s*\{([^}]*)\}')
RE_PKG = re.compile(r'\\(?:usepackage|RequirePackage|RequirePackageWithOptions)\s*(\[[^\]]*\])?\s*\{([^}]*)\}')
RE_INPUT = re.compile(r'\\(?:input|include|subfile|InputIfFileExists|loadglsentries|includeonly)\s*\{([^}]*)\}|\\input\s+([A-Za-z0-9_./-]+)')
RE_IMPORT = re.compile(r'\\(?:sub)?(?:import|inputfrom|includefrom)\s*\{([^}]*)\}\s*\{([^}]*)\}')
RE_BIBSTYLE = re.compile(r'\\bibliographystyle(?:[A-Za-z]*)\s*\{([^}]*)\}')
RE_BIB = re.compile(r'\\(bibliography|nobibliography)\s*\{([^}]*)\}')
RE_ADDBIB = re.compile(r'\\(?:addbibresource|bibliography)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}')
RE_NEWCITES = re.compile(r'\\newcites\s*\{([^}]*)\}')
RE_FONTSPEC = re.compile(r'\\(setmainfont|setsansfont|setmonofont|setmathfont|newfontfamily\s*(?:\\\w+|\{\\\w+\})|fontspec|setCJKmainfont|setCJKsansfont|newfontface\s*(?:\\\w+|\{\\\w+\})|defaultfontfeatures)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}')
RE_FONTFAMILY = re.compile(r'\\fontfamily\s*\{([^}]*)\}')
RE_TIKZLIB = re.compile(r'\\use(?:tikz|pgf)library\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}')
RE_MCVSTYLE = re.compile(r'\\moderncv(style|color|theme)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}')
RE_BABEL_OPTS = re.compile(r'\\usepackage\s*\[([^\]]*)\]\s*\{babel\}')
RE_POLY = re.compile(r'\\set(?:main|other)language\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}')
RE_PASSOPT = re.compile(r'\\PassOptionsToPackage\s*\{([^}]*)\}\s*\{([^}]*)\}')

def split_names(s):
    return [x.strip() for x in s.split(',') if x.strip() and not x.strip().startswith('#')]

def analyse(root, main_rel):
    proj_files = {}
    for r, ds, fs in os.walk(root):
        for fn in fs:
            rel = os.path.relpath(os.path.join(r, fn), root)
            proj_files[rel] = fn
    by_base = collections.defaultdict(list)
    for rel, fn in proj_files.items():
        by_base[fn].append(rel)
        by_base[fn.lower()].append(rel)

    def find_local(name, exts, cur_dir):
        """Find a local file for \\input{name} / class / package name."""
        cands = []
        for ext in exts:
            n = name if (ext == '' or name.endswith(ext)) else name + ext
            for base in (cur_dir, os.path.dirname(main_rel), ''):
                p = os.path.normpath(os.path.join(base, n))
                if p in proj_files:
                    return p
            cands.append(n)
        # fallback: unique basename anywhere in the project (TEXINPUTS-like setups)
        for n in cands:
            b = os.path.basename(n)
            if b in by_base and len(set(by_base[b])) >= 1:
                return sorted(set(by_base[b]), key=len)[0]
        return None

    res = {
        'classes': [], 'class_options': {}, 'packages': {}, 'local_classes': [], 'local_packages': [],
        'files_parsed': [], 'external_inputs': [], 'bibliographystyle': [], 'bibliography_cmd': False,
        'biblatex': None, 'multibib': False, 'newcites': [], 'bib_files': [], 'bib_files_present': [],
        'fontspec_fonts': [], 'fontfamily_codes': [], 'font_files': [], 'tikz_libraries': [],
        'moderncv': {}, 'languages': [], 'passoptions': [],
    }
    pk_opts = collections.defaultdict(set)
    seen = set()
    queue = [(main_rel, 'tex')]
    while queue:
        rel, kind = queue.pop(0)
        if rel in seen:
            continue
        seen.add(rel)
        raw = read(os.path.join(root, rel))
        if raw is None:
            continue
        res['files_parsed'].append(rel)
        t = strip_comments(raw)
        cur = os.path.dirname(rel)
        for m in RE_CLASS.finditer(t):
            for c in split_names(m.group(2)):
                loc = find_local(c, ['.cls'], cur)
                if loc:
                    res['local_classes'].append(c); queue.append((loc, 'cls'))
                else:
                    res['classes'].append(c)
                    if m.group(1):
                        res['class_options'].setdefault(c, set()).update(split_names(m.group(1)[1:-1]))
        for m in RE_LOADCLASS.finditer(t):
            for c in split_names(m.group(2)):
                loc = find_local(c, ['.cls'], cur)
                if loc and loc != rel:
                    res['local_classes'].append(c); queue.append((loc, 'cls'))
                elif not loc:
                    res['classes'].append(c)
        for m in RE_PKG.finditer(t):
            for p in split_names(m.group(2)):
                if '\\' in p or '#' in p:
                    continue
                loc = find_local(p, ['.sty'], cur)
                if loc:
                    res['local_packages'].append(p); queue.append((loc, 'sty'))
                else:
                    res['packages'].setdefault(p, 0)
                    res['packages'][p] += 1
                    if m.group(1):
                        pk_opts[p].update(split_names(m.group(1)[1:-1]))
        for m in RE_INPUT.finditer(t):
            name = (m.group(1) or m.group(2) or '').strip()
            if not name or '\\' in name or '#' in name:
                continue
            loc = find_local(name, ['', '.tex', '.ltx'], cur)
            if loc and not loc.lower().endswith(('.pdf', '.png', '.jpg')):
                queue.append((loc, 'tex'))
            else:
                res['external_inputs'].append(name)
        for m in RE_IMPORT.finditer(t):
            d, f = m.group(1).strip(), m.group(2).strip()
            loc = find_local(os.path.join(d, f), ['', '.tex'], cur)
            if loc:
                queue.append((loc, 'tex'))
        res['bibliographystyle'] += [s.strip() for s in RE_BIBSTYLE.findall(t)]
        for cmd, files in RE_BIB.findall(t):
            res['bibliography_cmd'] = True
            res['bib_files'] += split_names(files)
        for files in RE_ADDBIB.findall(t):
            for f in split_names(files):
                if f not in res['bib_files']:
                    res['bib_files'].append(f)
        res['newcites'] += RE_NEWCITES.findall(t)
        for cmd, font in RE_FONTSPEC.findall(t):
            if not cmd.startswith('defaultfontfeatures') and font.strip() and '#' not in font and not font.strip().startswith('\\'):
                res['fontspec_fonts'].append(font.strip())
        res['fontfamily_codes'] += [f.strip() for f in RE_FONTFAMILY.findall(t) if '#' not in f and '\\' not in f]
        for libs in RE_TIKZLIB.findall(t):
            res['tikz_libraries'] += split_names(libs)
        for k, v in RE_MCVSTYLE.findall(t):
            if '#' not in v:
                res['moderncv'].setdefault(k, []).append(v.strip())
        for opts in RE_BABEL_OPTS.findall(t):
            res['languages'] += [o for o in split_names(opts) if '=' not in o]
        res['languages'] += [l.strip() for l in RE_POLY.findall(t)]
        for opts, pkgs in RE_PASSOPT.findall(t):
            res['passoptions'].append([pkgs.strip(), opts.strip()])
    # biblatex details
    if 'biblatex' in res['packages']:
        opts = sorted(pk_opts.get('biblatex', set()))
        for o, p in res['passoptions']:
            if o == 'biblatex':
                opts += split_names(p)
        backend = 'biber'
        for o in opts:
            if o.replace(' ', '').startswith('backend='):
                backend = o.split('=', 1)[1].strip()
        res['biblatex'] = {'options': opts, 'backend': backend}
    res['multibib'] = 'multibib' in res['packages'] or bool(res['newcites'])
    res['bib_files_present'] = sorted(r for r in proj_files if r.lower().endswith('.bib'))
    res['bst_files_present'] = sorted(r for r in proj_files if r.lower().endswith('.bst'))
    res['font_files'] = sorted(r for r in proj_files if r.lower().endswith(('.otf', '.ttf', '.pfb', '.woff', '.woff2', '.afm', '.tfm')))
    res['package_options'] = {k: sorted(v) for k, v in pk_opts.items()}
    res['class_options'] = {k: sorted(v) for k, v in res['class_options'].items()}
    res['font_packages'] = sorted(p for p in res['packages'] if p in FONT_PACKAGES)
    res['packages'] = sorted(res['packages'])
    res['classes'] = sorted(set(res['classes']))
    res['local_classes'] = sorted(set(res['local_classes']))
    res['local_packages'] = sorted(set(res['local_packages']))
    for k in ('external_inputs', 'bibliographystyle', 'fontspec_fonts', 'fontfamily_codes', 'tikz_libraries', 'languages', 'bib_files', 'newcites'):
        res[k] = sorted(set(res[k]))
    res['moderncv'] = {k: sorted(set(v)) for k, v in res['moderncv'].items()}
    return res

def main():
    ap = argparse.ArgumentParser()
    # --tsv/--root may be given several times, in pairs: each manifest's projects live under its root.
    ap.add_argument('--tsv', action='append')
    ap.add_argument('--root', action='append', required=True)
    ap.add_argument('--out', default='count-usage.json')
    a = ap.parse_args()
    tsvs = a.tsv or [os.path.join(os.path.dirname(os.path.abspath(__file__)), 'projects.tsv')]
    if len(tsvs) != len(a.root):
        ap.error('give one --root per --tsv')
    rows = []
    for tsv, root in zip(tsvs, a.root):
        lines = [l.rstrip('\n').split('\t') for l in open(tsv) if l.strip()]
        rows += [(root, dict(zip(lines[0], r))) for r in lines[1:]]
    projects = {}
    groups = {'all': [], 'pdflatex': [], 'xelatex_lualatex': []}
    for root, row in rows:
        if row['name'] in projects:
            raise SystemExit(f"project name {row['name']} is in two manifests")
        res = analyse(os.path.join(root, row['name']), row['main_file'])
        res.update({'repo': row['repo'], 'engine': row['engine'], 'kind': row['kind'], 'main_file': row['main_file']})
        if 'native_ok' in row:
            res['native_ok'] = row['native_ok']
        projects[row['name']] = res
        groups['all'].append(row['name'])
        groups['pdflatex' if row['engine'] == 'pdflatex' else 'xelatex_lualatex'].append(row['name'])

    def agg(names):
        c = {k: collections.Counter() for k in ('classes', 'packages', 'font_packages', 'local_classes', 'local_packages',
                                                 'bibliographystyle', 'external_inputs', 'fontspec_fonts', 'fontfamily_codes',
                                                 'tikz_libraries', 'languages', 'moderncv_style', 'moderncv_color', 'kind', 'engine')}
        bib = collections.Counter()
        for n in names:
            p = projects[n]
            for k in ('classes', 'packages', 'font_packages', 'local_classes', 'local_packages', 'bibliographystyle',
                      'external_inputs', 'fontspec_fonts', 'fontfamily_codes', 'tikz_libraries', 'languages'):
                c[k].update(set(p[k]))
            c['moderncv_style'].update(set(p['moderncv'].get('style', [])))
            c['moderncv_color'].update(set(p['moderncv'].get('color', [])))
            c['kind'][p['kind']] += 1
            c['engine'][p['engine']] += 1
            if p['bib_files_present']: bib['has_bib_file'] += 1
            if p['bibliography_cmd']: bib['bibtex_bibliography_cmd'] += 1
            if p['bibliographystyle']: bib['bibliographystyle'] += 1
            if p['biblatex']:
                bib['biblatex'] += 1
                bib['biblatex_backend_' + p['biblatex']['backend']] += 1
            if p['multibib']: bib['multibib_or_newcites'] += 1
            if p['font_files']: bib['ships_font_files'] += 1
        out = {'projects': len(names)}
        for k, v in c.items():
            out[k] = dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0])))
        out['bibliography'] = dict(bib)
        return out

    aggregate = {g: agg(n) for g, n in groups.items()}
    # project-level sets serialisable
    data = {'generated_by': 'count-usage.py', 'n_projects': len(projects), 'aggregate': aggregate, 'projects': projects}
    with open(a.out, 'w') as f:
        json.dump(data, f, indent=1, sort_keys=False, default=list)
    print('projects', len(projects), {g: len(n) for g, n in groups.items()})

if __name__ == '__main__':
    main()
