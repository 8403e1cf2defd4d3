-- Reads several session hashes of one learner in one round trip; the keys share the learner's hash tag,
-- so this works in Redis Cluster too (a pipeline would not, with Spring Data Redis).
-- KEYS session hashes; returns per key its HGETALL field/value list (empty when the key is gone)
local hashes = {}
for i, key in ipairs(KEYS) do
  hashes[i] = redis.call('HGETALL', key)
end
return hashes
