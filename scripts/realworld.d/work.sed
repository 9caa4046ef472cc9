# Rewrites over source text: back-references, character classes, the
# hold space, deletion and case conversion (GNU extensions).
/^[[:space:]]*$/d
s/([A-Za-z_][A-Za-z0-9_]*)[[:space:]]*\(([^()]*)\)/\1 (\2)/g
s/\b(int|char|long|unsigned)\b/\U\1/g
s/[0-9]+/<&>/g
/^#/{
  h
  s/^#[[:space:]]*([a-z]+).*/directive \1/
  G
}
s/[[:space:]]+$//
