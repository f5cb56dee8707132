-- hostile fixture: os execute
os.execute("touch /tmp/b20_hostile_sentinel")
return base.scenario()
