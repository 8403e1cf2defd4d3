-- Reads several questions' memories in one round trip, each from its bucket and from the learner hash's legacy field.
-- KEYS[1] learner hash, KEYS[1 + i] the memory bucket of question ARGV[i]
-- returns {bucket value, legacy value} for each question in ARGV order, nil where absent
local values = {}
for i, question in ipairs(ARGV) do
  values[2 * i - 1] = redis.call('HGET', KEYS[i + 1], question)
  values[2 * i] = redis.call('HGET', KEYS[1], 'q:' .. question)
end
return values
