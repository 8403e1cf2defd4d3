-- Reads one question's memory from its bucket and, in the same round trip, fields of the learner hash: the memory
-- stored there before the buckets (legacy), and whatever else the caller needs (mastery, an offset guard).
-- KEYS[1] learner hash, KEYS[2] the question's memory bucket
-- ARGV[1] question id (the bucket's field), ARGV[2..] fields of the learner hash
-- returns {bucket value, learner hash values in ARGV order...}, nil where a field is absent
local values = redis.call('HMGET', KEYS[1], unpack(ARGV, 2))
table.insert(values, 1, redis.call('HGET', KEYS[2], ARGV[1]))
return values
