-- Reads several questions' memories in one round trip, each from its bucket and from the learner hash's legacy field.
-- KEYS[1] learner hash, KEYS[1 + i] the memory bucket of question i
-- ARGV[2i - 1] question i's id (its bucket's field), ARGV[2i] its legacy field in the learner hash
-- returns {bucket value, legacy value} for each question in order, nil where absent
local values = {}
for i = 1, #KEYS - 1 do
  values[2 * i - 1] = redis.call('HGET', KEYS[i + 1], ARGV[2 * i - 1])
  values[2 * i] = redis.call('HGET', KEYS[1], ARGV[2 * i])
end
return values
