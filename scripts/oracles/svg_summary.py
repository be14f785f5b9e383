#!/usr/bin/python3
"""Checks that an SVG file is well-formed XML with an <svg> root holding a
viewBox, and summarises it for tests/reports/figures/.

Usage: svg_summary.py FILE.svg

Prints "ok" then one line per class attribute value: "class <TAB> count"
(elements carrying it, in any namespace-free form), sorted by class. Exits
non-zero with the parser's message when the file does not parse.
"""
import collections
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
if root.tag != "{http://www.w3.org/2000/svg}svg" or "viewBox" not in root.attrib:
    sys.exit("not an SVG document with a viewBox: root is " + root.tag)
counts = collections.Counter(e.get("class") for e in root.iter() if e.get("class"))
print("ok")
for name in sorted(counts):
    print(f"{name}\t{counts[name]}")
