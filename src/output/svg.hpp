#pragma once
// The timeline as a picture (SVG), for `kban timeline --format svg` and the report: a time
// axis, one mark per event, labels in lanes so none overlaps another.
#include <string>
#include <vector>

#include "kban/model.hpp"

namespace kban {

// Where things go, in SVG user units; computed apart from the drawing so tests can check it.
struct TimelineLayout {
  struct Stretch {  // a run of time drawn at one linear scale
    long first = 0, last = 0;  // days, inclusive
    double x0 = 0, x1 = 0;
  };
  struct Box {
    double x = 0, y = 0, width = 0, height = 0;
  };
  struct Mark {
    const Event* event = nullptr;
    double x = 0, radius = 0;
    double lift = 0;  // how far its center is above the axis: marks on one day stack up
    double range_x0 = 0, range_x1 = 0;  // the span the event's date or competing dates cover (x, x for a day)
    bool disputed = false;              // the range is between dates the sources disagree on
    std::vector<double> competing;      // the x of each competing date, when disputed
    Box label;                          // its label, above the axis
    bool labelled = true;               // false when the lanes are full: a mark and a tooltip only
    bool label_right = false;           // the label ends at the mark instead of starting there
    std::size_t color = 0;              // index of its type in `types`
  };
  double width = 0, height = 0, axis_y = 0;
  std::vector<Stretch> stretches;  // left to right; a break is drawn between two
  std::vector<Mark> marks;         // in event order
  std::vector<std::string> types;  // the event types shown, in order of first appearance
  std::vector<std::string> type_labels;
};

// The color of the type at this index of `types`.
const char* timeline_color(std::size_t index);

TimelineLayout layout_timeline(const Analysis& analysis, const std::vector<const Event*>& events);

// The SVG. `standalone` adds the XML declaration, for a file of its own; without it the
// element is ready to sit inside HTML. Every text is escaped.
std::string render_timeline_svg(const Analysis& analysis, const std::vector<const Event*>& events, bool standalone);

}  // namespace kban
