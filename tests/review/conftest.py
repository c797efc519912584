import sys
from pathlib import Path

# gold_issues.py is both a helper of the tests here and a script; make it importable by name.
sys.path.insert(0, str(Path(__file__).resolve().parent))
