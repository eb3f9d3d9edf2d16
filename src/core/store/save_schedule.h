// When the journal is saved: a short while after the first change since the last save (what
// changes meanwhile goes with it), and again a few seconds after a write that failed. Times are
// the caller's clock in seconds; waking up for them and writing are the app's.
#pragma once

namespace jobname::store {

class SaveSchedule {
 public:
  static constexpr double kDelaySeconds = 0.4;  // "within a second"
  static constexpr double kRetrySeconds = 5.0;  // after a failed write: again, without hammering

  // A change at `now`: the save is due kDelaySeconds after the first change not saved yet.
  void changed(double now) {
    if (dueSeconds_ < 0) dueSeconds_ = now + kDelaySeconds;
  }
  // True, once, when a save is due at `now`: nothing is due after it until the next change.
  bool takeDue(double now) {
    if (dueSeconds_ < 0 || now < dueSeconds_) return false;
    dueSeconds_ = -1;
    return true;
  }
  // The write taken at `now` failed: it is due again kRetrySeconds later.
  void failed(double now) { dueSeconds_ = now + kRetrySeconds; }

 private:
  double dueSeconds_ = -1;  // < 0: none
};

}  // namespace jobname::store
