# Word frequencies, the classic awk workload: field splitting, lowercasing,
# gsub, associative arrays, string concatenation and sprintf.
{
  for (i = 1; i <= NF; i++) {
    w = tolower($i)
    gsub(/[^a-z_]/, "", w)
    if (w == "") continue
    count[w]++
    if (length(w) > 3) pre[substr(w, 1, 3)]++
  }
  lines++
  chars += length($0)
}
END {
  n = 0
  for (w in count) { n++; if (count[w] > best) { best = count[w]; bw = w } }
  out = ""
  for (p in pre) if (pre[p] > 1000) out = out sprintf("%s=%d ", p, pre[p])
  printf "%d lines, %d chars, %d words, most frequent: %s (%d)\n", lines, chars, n, bw, best
  print length(out)
}
