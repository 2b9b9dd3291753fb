"""Regenerates the *.expected files from CPython 3.12 (the oracle the interpreter is compared with).

Usage: python3.12 generate.py   (from this directory; needs no third-party packages)
Each NAME.py.txt holds programs separated by lines '#===='; each is run as a script named lesson.py and its
standard output and standard error are recorded in NAME.expected, path prefixes removed.
"""
import os, re, subprocess, sys, tempfile

PY = os.environ.get("PYTHON312", sys.executable)

def run(code):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "lesson.py"), "w", encoding="utf-8") as f:
            f.write(code)
        r = subprocess.run([PY, "lesson.py"], cwd=d, capture_output=True, text=True, timeout=20,
                           stdin=subprocess.DEVNULL, env={"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"})
        err = r.stderr.replace(os.path.join(d, "lesson.py"), "lesson.py")
        err = re.sub(r'File "[^"]*/lesson.py"', 'File "lesson.py"', err)
        return r.stdout, err

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for name in sorted(os.listdir(here)):
        if not name.endswith(".py.txt"):
            continue
        with open(os.path.join(here, name), encoding="utf-8") as f:
            cases = f.read().split("\n#====\n")
        out = []
        for i, code in enumerate(cases):
            stdout, stderr = run(code)
            out.append("#==== %d\n%s#---- stderr\n%s" % (i, stdout, stderr))
        with open(os.path.join(here, name[:-len(".py.txt")] + ".expected"), "w", encoding="utf-8") as f:
            f.write("".join(out))
        print(name, len(cases), "cases")

if __name__ == "__main__":
    main()
