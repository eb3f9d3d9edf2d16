// Counts the steps an algorithm takes over input it cannot trust (a character scanned, an arrow
// visited, a pair compared), so that tests can check that the work stays in proportion to the
// input by counting, never by timing. It measures nothing when no meter is passed.
#pragma once
#include <cstddef>

namespace jobname {

struct WorkMeter {
  std::size_t steps = 0;
};

inline void countSteps(WorkMeter* meter, std::size_t steps = 1) {
  if (meter) meter->steps += steps;
}

}  // namespace jobname
