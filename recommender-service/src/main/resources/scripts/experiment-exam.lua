-- Records a mock-exam score for a learner assigned to the experiment; once per event.
-- KEYS[1] the experiment's hash of the learner's shard; ARGV[1] learnerId, ARGV[2] eventId, ARGV[3] scaled score
-- Returns 1 if recorded, 0 if the learner is not in the experiment or the event was recorded before.
if redis.call('HEXISTS', KEYS[1], 'a:' .. ARGV[1]) == 0 then
  return 0
end
return redis.call('HSETNX', KEYS[1], 'e:' .. ARGV[1] .. ':' .. ARGV[2], ARGV[3])
