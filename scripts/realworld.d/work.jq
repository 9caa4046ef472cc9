# A report over an array of records: filtering, object construction, string
# interpolation and splitting, grouping, sorting and reductions.
[ .[]
  | select(.active and .score > 20)
  | { id, name: (.name | ascii_upcase),
      tags: (.tags | join(",")),
      domain: (.email | split("@") | .[1]),
      label: "\(.name)#\(.id)" } ]
| group_by(.domain)
| map({ domain: .[0].domain, n: length,
        tags: (map(.tags | split(",")) | add | unique | length) })
| sort_by(-.n)
| { groups: length, top: .[0:5], total: (map(.n) | add) }
