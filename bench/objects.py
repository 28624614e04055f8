# Object-heavy workload: a particle simulation in a box. Every step reads
# and writes instance attributes and calls methods on each particle, the
# pattern of issue 12's acceptance ("method calls and attribute access on
# instances in a loop"). Integer (fixed-point) arithmetic keeps the output
# exact; the checksum line is compared against python3's.

WIDTH = 100000
HEIGHT = 100000
GRAVITY = 3


class Particle:
    def __init__(self, ident, x, y, vx, vy):
        self.ident = ident
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.bounces = 0

    def accelerate(self, ax, ay):
        self.vx += ax
        self.vy += ay

    def move(self):
        self.x += self.vx
        self.y += self.vy

    def bounce(self, width, height):
        if self.x < 0:
            self.x = -self.x
            self.vx = -self.vx
            self.bounces += 1
        elif self.x > width:
            self.x = 2 * width - self.x
            self.vx = -self.vx
            self.bounces += 1
        if self.y < 0:
            self.y = -self.y
            self.vy = -self.vy
            self.bounces += 1
        elif self.y > height:
            self.y = 2 * height - self.y
            self.vy = -self.vy
            self.bounces += 1

    def energy(self):
        return self.vx * self.vx + self.vy * self.vy


class HeavyParticle(Particle):
    """Falls twice as fast and loses speed at each bounce."""

    def accelerate(self, ax, ay):
        Particle.accelerate(self, ax, 2 * ay)

    def bounce(self, width, height):
        before = self.bounces
        super().bounce(width, height)
        if self.bounces != before:
            self.vx = self.vx * 9 // 10
            self.vy = self.vy * 9 // 10


class Random:
    """A linear congruential generator, the same numbers in every interpreter."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state % n


class World:
    def __init__(self, count, seed):
        self.rng = Random(seed)
        self.particles = []
        self.steps = 0
        for i in range(count):
            kind = HeavyParticle if i % 4 == 0 else Particle
            p = kind(i, self.rng.below(WIDTH), self.rng.below(HEIGHT),
                     self.rng.below(801) - 400, self.rng.below(801) - 400)
            self.particles.append(p)

    def step(self):
        for p in self.particles:
            p.accelerate(0, -GRAVITY)
            p.move()
            p.bounce(WIDTH, HEIGHT)
        self.steps += 1

    def energy(self):
        total = 0
        for p in self.particles:
            total += p.energy()
        return total

    def checksum(self):
        h = 0
        for p in self.particles:
            h = (h * 31 + p.x * 7 + p.y * 3 + p.bounces) % 1000000007
        return h


world = World(400, 12345)
start = world.energy()
for _ in range(2000):
    world.step()
bounces = 0
for p in world.particles:
    bounces += p.bounces
print("particles:", len(world.particles), "steps:", world.steps)
print("energy:", start, "->", world.energy())
print("bounces:", bounces)
print("checksum:", world.checksum())
