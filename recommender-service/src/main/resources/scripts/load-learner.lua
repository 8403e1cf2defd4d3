-- Reads a learner's whole state in one round trip: the learner hash and every memory bucket. The keys share the
-- learner's hash tag, so this works in Redis Cluster too.
-- KEYS the learner hash, then the memory buckets; returns per key its HGETALL field/value list (empty when absent)
local hashes = {}
for i, key in ipairs(KEYS) do
  hashes[i] = redis.call('HGETALL', key)
end
return hashes
