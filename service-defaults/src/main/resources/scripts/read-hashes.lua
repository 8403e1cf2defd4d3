-- Reads several hashes in one round trip (a learner's sessions, a learner's state). The keys share one hash tag, so
-- this works in Redis Cluster too (a pipeline would not, with Spring Data Redis).
-- KEYS the hashes; returns per key its HGETALL field/value list (empty when the key is absent)
local hashes = {}
for i, key in ipairs(KEYS) do
  hashes[i] = redis.call('HGETALL', key)
end
return hashes
