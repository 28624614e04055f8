import time

result = await time.sleep(1)
