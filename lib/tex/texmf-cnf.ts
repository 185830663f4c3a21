/**
 * The kpathsea configuration written into every engine instance's virtual file system.
 *
 * Layout of the virtual FS (same in Node, the browser and the build):
 *   /bin/pdflatex              empty; argv[0] so kpathsea finds its program path and `pdflatex.fmt`
 *                              (/bin/xelatex, /bin/xdvipdfmx, /bin/bibtex likewise)
 *   /texlive/web2c/texmf.cnf   this file
 *   /texlive/web2c/pdflatex.fmt (or xelatex.fmt)
 *   /texlive/fontconfig, /texlive/icu   XeTeX's font lookup setup and ICU data (lib/tex/xetex.ts)
 *   /texlive/texmf-dist/...    the bundle (lazy nodes), with a generated ls-R
 *   /work                      the job: the user's files, and TeX's outputs
 *
 * The format is looked up only in web2c (never in the job folder, so a project cannot swap it).
 * `!!` makes kpathsea look texmf files up only in ls-R: without it, a lookup that must
 * succeed walks (and stats) the whole tree.
 *
 * The project's root folder comes right after `.` for TeX inputs, BibTeX and font files: a main
 * file in a sub-folder finds `sections/a.tex` or the project's class as Overleaf (which compiles
 * from the root) and `xelatex sub/main.tex` run at the root do, and its own neighbours first.
 *
 * File names match case-insensitively when no exact match exists (`texmf_casefold_search`, on
 * in TeX Live's own texmf.cnf): `\photo{0.JPG}` finds `0.jpg` as native pdflatex (and a Mac's
 * file system) does.
 *
 * Security: the virtual FS holds nothing but the job, the bundle and this configuration (no
 * host files are mounted), so reads are `r` (no dotfiles): a main file in a sub-folder may read
 * `../g/chart.tex` of its own project, as native pdflatex does; climbing further finds only the
 * bundle. Writes are paranoid (`p`: no absolute paths, no `..`), shell escape is off.
 */
export const TEXMF_ROOT = '/texlive/texmf-dist';
export const WEB2C_DIR = '/texlive/web2c';
export const JOB_DIR = '/work';
export const PROGRAM_PATH = '/bin/pdflatex';

export const TEXMF_CNF = `% Bespoke's kpathsea configuration (generated, see lib/tex/texmf-cnf.ts)
TEXMFROOT = /texlive
TEXMFDIST = ${TEXMF_ROOT}
TEXMF = ${TEXMF_ROOT}
TEXMFDBS = ${TEXMF_ROOT}
TEXMFCNF = ${WEB2C_DIR}
TEXMFVAR = ${WEB2C_DIR}
TEXFORMATS = ${WEB2C_DIR}
TEXPOOL = ${WEB2C_DIR}
WEB2C = ${WEB2C_DIR};!!$TEXMF/web2c
TEXINPUTS.pdflatex = .;${JOB_DIR};!!$TEXMF/tex/{latex,generic,}//
TEXINPUTS.pdftex = .;${JOB_DIR};!!$TEXMF/tex/{plain,generic,}//
TEXINPUTS.xelatex = .;${JOB_DIR};!!$TEXMF/tex/{xelatex,latex,xetex,generic,}//
TEXINPUTS.xetex = .;${JOB_DIR};!!$TEXMF/tex/{xetex,plain,generic,}//
TEXINPUTS = .;${JOB_DIR};!!$TEXMF/tex/{latex,generic,}//
TFMFONTS = .;!!$TEXMF/fonts/tfm//
VFFONTS = .;!!$TEXMF/fonts/vf//
T1FONTS = .;!!$TEXMF/fonts/type1//
AFMFONTS = .;!!$TEXMF/fonts/afm//
TTFONTS = .;${JOB_DIR};!!$TEXMF/fonts/{truetype,opentype}//
OPENTYPEFONTS = .;${JOB_DIR};!!$TEXMF/fonts/{opentype,truetype}//
ENCFONTS = .;!!$TEXMF/fonts/enc//
TEXFONTMAPS = .;!!$TEXMF/fonts/map/{pdftex,dvipdfmx,}//
DVIPDFMXINPUTS = .;!!$TEXMF/dvipdfmx//
CMAPFONTS = .;!!$TEXMF/fonts/cmap//
SFDFONTS = .;!!$TEXMF/fonts/sfd//
FONTFEATURES = .;!!$TEXMF/fonts/misc/xetex/fontfeatures//
PKFONTS = .;!!$TEXMF/fonts/pk//
GFFONTS = .
MFINPUTS = .;${JOB_DIR};!!$TEXMF/metafont//;!!$TEXMF/fonts/source//
BIBINPUTS = .;${JOB_DIR};!!$TEXMF/bibtex/bib//
BSTINPUTS = .;${JOB_DIR};!!$TEXMF/bibtex/{bst,csf}//
MISCFONTS = .;!!$TEXMF/fonts/misc//
WEBINPUTS = .
MKTEXTEX = 0
MKTEXPK = 0
MKTEXMF = 0
MKTEXTFM = 0
MKTEXFMT = 0
MKOCP = 0
MKOFM = 0
shell_escape = f
openin_any = r
openout_any = p
parse_first_line = f
texmf_casefold_search = 1
file_line_error_style = t
guess_input_kanji_encoding = 0
main_memory = 5000000
extra_mem_top = 0
extra_mem_bot = 0
font_mem_size = 8000000
font_max = 9000
hash_extra = 600000
pool_size = 6250000
string_vacancies = 90000
max_strings = 500000
pool_free = 47500
buf_size = 200000
trie_size = 1000000
hyph_size = 8191
nest_size = 1000
max_in_open = 20
param_size = 20000
save_size = 100000
stack_size = 10000
dvi_buf_size = 16384
error_line = 79
half_error_line = 50
max_print_line = 79
expand_depth = 10000
`;
