#include "output/svg.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "output/listings.hpp"
#include "output/markup.hpp"
#include "output/render.hpp"
#include "output/text_width.hpp"

namespace kban {

namespace {

constexpr double kWidth = 960, kMargin = 24, kBreak = 28, kPad = 18;
constexpr double kFont = 12, kCharWidth = 7.2;  // an estimate that errs wide for system sans-serif at 12px
constexpr double kLineHeight = 14, kLaneHeight = 36, kLabelGap = 6, kTickArea = 40, kLegendRow = 20;
constexpr std::size_t kLanes = 8;
constexpr double kStretch = 48;  // the least width of a stretch
constexpr double kMaxLift = 64;
// Colors that stay apart for most color vision (Tableau 10); types beyond ten reuse them.
constexpr const char* kColors[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                                   "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
constexpr std::size_t kColorCount = sizeof kColors / sizeof kColors[0];

double text_width(const std::string& text) { return static_cast<double>(display_width(text)) * kCharWidth; }

std::string num(double v) { return fmt::format("{:.1f}", v); }

std::string day_text(long day) { return display_date(to_iso(civil_from_days(day))); }

// The date a label shows: a time of day is shown as its day.
std::string label_date(const Event& e) { return display_date(e.granularity == "time" ? e.date.substr(0, 10) : e.date); }

// The x of a point in time (days, fractional) inside a stretch.
double x_in(const TimelineLayout::Stretch& s, double day) {
  const double span = static_cast<double>(s.last + 1 - s.first);
  return s.x0 + kPad + (day - static_cast<double>(s.first)) / span * (s.x1 - s.x0 - 2 * kPad);
}

double x_at(const TimelineLayout& layout, double day) {
  for (const auto& s : layout.stretches)
    if (day <= static_cast<double>(s.last + 1)) return x_in(s, std::max(day, static_cast<double>(s.first)));
  return x_in(layout.stretches.back(), day);
}

// The days the competing dates of a disputed event cover, from its date conflict.
bool competing_dates(const Conflict& c, std::vector<std::pair<long, long>>& out) {
  for (const ConflictValue& v : c.values) {
    const auto low = parse_iso_date(v.low), high = parse_iso_date(v.high);
    if (low && high) out.emplace_back(days_from_civil(*low), days_from_civil(*high));
  }
  return out.size() > 1;
}

struct LegendItem {
  std::string kind;  // "type", "size", "range"
  std::string text;
  std::size_t color = 0;
  double x = 0, row = 0;
};

std::vector<LegendItem> legend(const TimelineLayout& layout) {
  std::vector<LegendItem> items;
  for (std::size_t i = 0; i < layout.types.size(); ++i) items.push_back({"type", layout.type_labels[i], i % kColorCount, 0, 0});
  items.push_back({"size", "larger: more sources", 0, 0, 0});
  if (std::any_of(layout.marks.begin(), layout.marks.end(), [](const auto& m) { return m.disputed; }))
    items.push_back({"range", "sources disagree on the date", 0, 0, 0});
  double x = kMargin, row = 0;
  for (auto& item : items) {
    const double w = 22 + text_width(item.text) + 18;
    if (x + w > kWidth - kMargin && x > kMargin) x = kMargin, row += 1;
    item.x = x, item.row = row;
    x += w;
  }
  return items;
}

struct Tick {
  double x = 0;     // the boundary line
  double text_x = 0;
  std::string text;
};

// Ticks of one stretch at the finest unit that leaves room for their labels.
std::vector<Tick> ticks(const TimelineLayout::Stretch& s) {
  constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const double per_day = (s.x1 - s.x0 - 2 * kPad) / static_cast<double>(s.last + 1 - s.first);
  std::vector<Tick> out;
  const Date from = civil_from_days(s.first), to = civil_from_days(s.last);
  if (per_day * 7 >= 64) {  // days, or Mondays
    const long step = per_day >= 64 ? 1 : 7;
    for (long d = s.first; d <= s.last; ++d) {
      if (step == 7 && weekday(civil_from_days(d)) != 0) continue;
      const Date date = civil_from_days(d);
      const std::string text = out.empty() ? fmt::format("{} {} {}", date.day, kMonths[date.month - 1], date.year)
                                           : fmt::format("{} {}", date.day, kMonths[date.month - 1]);
      out.push_back({x_in(s, static_cast<double>(d)), x_in(s, static_cast<double>(d) + 0.5), text});
    }
    return out;
  }
  if (per_day * 91 >= 64) {  // months, or quarters
    const int step = per_day * 30.4 >= 64 ? 1 : 3;
    for (Date m{from.year, from.month, 1}; m <= to; m = add_months(m, 1)) {
      if ((m.month - 1) % step != 0) continue;
      const long d = days_from_civil(m), next = days_from_civil(add_months(m, step));
      const double mid = (static_cast<double>(std::max(d, s.first)) + static_cast<double>(std::min(next, s.last + 1))) / 2;
      const bool with_year = out.empty() || m.month == 1;
      const std::string text = with_year ? fmt::format("{} {}", kMonths[m.month - 1], m.year) : kMonths[m.month - 1];
      out.push_back({d >= s.first ? x_in(s, static_cast<double>(d)) : -1, x_in(s, mid), text});
    }
    return out;
  }
  int step = 1;
  for (const int candidate : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
    step = candidate;
    if (per_day * 365.25 * candidate >= 64) break;
  }
  for (int y = from.year - ((from.year % step) + step) % step; y <= to.year; y += step) {
    const long d = days_from_civil(Date{y, 1, 1}), next = days_from_civil(Date{y + step, 1, 1});
    const double mid = (static_cast<double>(std::max(d, s.first)) + static_cast<double>(std::min(next, s.last + 1))) / 2;
    if (mid < static_cast<double>(s.first) || mid > static_cast<double>(s.last + 1)) continue;
    out.push_back({d >= s.first ? x_in(s, static_cast<double>(d)) : -1, x_in(s, mid),
                   step == 1 ? std::to_string(y) : fmt::format("{}s", y)});
  }
  return out;
}

}  // namespace

const char* timeline_color(std::size_t index) { return kColors[index % kColorCount]; }

TimelineLayout layout_timeline(const Analysis& analysis, const std::vector<const Event*>& events) {
  TimelineLayout layout;
  layout.width = kWidth;
  struct Span {
    long own_first = 0, own_last = 0, first = 0, last = 0;
    std::vector<std::pair<long, long>> competing;
  };
  std::vector<Span> spans;
  std::unordered_map<std::string, const Conflict*> date_conflict;  // by event id
  for (const Conflict& c : analysis.conflicts)
    if (c.kind == "date" && !c.event.empty()) date_conflict.emplace(c.event, &c);
  for (const Event* e : events) {
    Span span;
    if (!value_interval(e->date, span.own_first, span.own_last)) continue;  // no place on a calendar
    span.first = span.own_first, span.last = span.own_last;
    TimelineLayout::Mark mark;
    mark.event = e;
    const auto conflict = date_conflict.find(e->id);
    mark.disputed = !e->dates_agree && conflict != date_conflict.end() && competing_dates(*conflict->second, span.competing);
    for (const auto& [f, l] : span.competing) span.first = std::min(span.first, f), span.last = std::max(span.last, l);
    const auto type = std::find(layout.types.begin(), layout.types.end(), e->type);
    mark.color = static_cast<std::size_t>(type - layout.types.begin()) % kColorCount;
    if (type == layout.types.end()) layout.types.push_back(e->type), layout.type_labels.push_back(e->label);
    // The area grows with the number of sources.
    mark.radius = std::min(18.0, 5 * std::sqrt(static_cast<double>(std::max<std::size_t>(1, e->sources.size()))));
    layout.marks.push_back(std::move(mark));
    spans.push_back(std::move(span));
  }
  if (spans.empty()) {
    layout.height = 60;
    layout.axis_y = 30;
    return layout;
  }

  // Stretches: spans joined where the gap between them is short; a long empty gap is cut. A
  // cut gap is longer than an eighth of the whole span, so there are eight stretches at most.
  std::vector<std::size_t> order(spans.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return spans[a].first < spans[b].first; });
  long lowest = spans[order.front()].first, highest = lowest;
  for (const auto& s : spans) highest = std::max(highest, s.last);
  const long cut = std::max(180L, (highest - lowest) / 8);
  std::vector<std::size_t> count;
  for (const std::size_t i : order) {
    if (layout.stretches.empty() || spans[i].first - layout.stretches.back().last > cut) {
      layout.stretches.push_back({spans[i].first, spans[i].last, 0, 0});
      count.push_back(0);
    }
    layout.stretches.back().last = std::max(layout.stretches.back().last, spans[i].last);
    ++count.back();
  }
  // Each stretch gets room by its number of events (and a little at least), so a busy month
  // is not squeezed beside a quiet decade; inside a stretch the spacing is real.
  const double stretches = static_cast<double>(layout.stretches.size());
  const double room = kWidth - 2 * kMargin - kBreak * (stretches - 1) - kStretch * stretches;
  double weights = 0;
  for (const auto c : count) weights += 1 + static_cast<double>(c);
  double x = kMargin;
  for (std::size_t i = 0; i < layout.stretches.size(); ++i) {
    auto& s = layout.stretches[i];
    s.x0 = x;
    s.x1 = x + kStretch + room * (1 + static_cast<double>(count[i])) / weights;
    x = s.x1 + kBreak;
  }

  for (std::size_t i = 0; i < spans.size(); ++i) {
    auto& m = layout.marks[i];
    const Span& s = spans[i];
    m.x = x_at(layout, (static_cast<double>(s.own_first) + static_cast<double>(s.own_last) + 1) / 2);
    // A band for a date longer than a day, or for dates in dispute; a day is its mark.
    const bool band = m.disputed || s.own_last > s.own_first;
    m.range_x0 = band ? x_at(layout, static_cast<double>(s.first)) : m.x;
    m.range_x1 = band ? x_at(layout, static_cast<double>(s.last + 1)) : m.x;
    for (const auto& [f, l] : s.competing) m.competing.push_back(x_at(layout, (static_cast<double>(f) + static_cast<double>(l) + 1) / 2));
  }

  // Marks that would cover each other (one day, or days close together) stack up: each takes
  // the lowest place that clears the marks before it within reach.
  constexpr double kReach = 2 * 18.0 + 2;  // two of the largest marks side by side
  for (std::size_t i = 0; i < layout.marks.size(); ++i) {
    auto& m = layout.marks[i];
    std::vector<std::pair<double, double>> taken;  // heights the marks within reach cover
    for (std::size_t j = i; j-- > 0 && m.x - layout.marks[j].x < kReach;) {
      const auto& p = layout.marks[j];
      const double apart = p.radius + m.radius + 2;
      if (std::fabs(p.x - m.x) < apart) taken.emplace_back(p.lift - apart, p.lift + apart);
    }
    std::sort(taken.begin(), taken.end());
    for (const auto& [low, high] : taken)
      if (low < m.lift && m.lift < high) m.lift = high;
    m.lift = std::min(m.lift, kMaxLift);  // a crowded day: the highest marks overlap
  }

  // Labels: two lines (date, type) in lanes above the axis. Events with more sources choose
  // first, each the lowest lane where it clears its neighbours; a label that would leave the
  // picture ends at its mark. Past kLanes lanes an event keeps its mark and its tooltip only.
  for (auto& m : layout.marks) {
    m.label.width = std::max(text_width(label_date(*m.event)), text_width(m.event->label)) + 4;
    m.label.height = 2 * kLineHeight + 2;
    m.label.x = m.x - 3;
    if (m.label.x + m.label.width > kWidth - kMargin / 2) m.label.x = m.x + 3 - m.label.width, m.label_right = true;
  }
  std::vector<std::size_t> by_weight(layout.marks.size());
  for (std::size_t i = 0; i < by_weight.size(); ++i) by_weight[i] = i;
  std::stable_sort(by_weight.begin(), by_weight.end(), [&](std::size_t a, std::size_t b) {
    return layout.marks[a].event->sources.size() > layout.marks[b].event->sources.size();
  });
  std::vector<std::map<double, double>> lanes;  // per lane, the labels' left and right edges
  std::vector<std::size_t> lane(layout.marks.size());
  for (const std::size_t i : by_weight) {
    auto& m = layout.marks[i];
    const double left = m.label.x - kLabelGap, right = m.label.x + m.label.width + kLabelGap;
    std::size_t k = 0;
    for (; k < kLanes; ++k) {
      if (k == lanes.size()) lanes.emplace_back();
      const auto next = lanes[k].lower_bound(left);
      if (next != lanes[k].end() && next->first < right) continue;
      if (next != lanes[k].begin() && std::prev(next)->second > left) continue;
      lanes[k].emplace(m.label.x, m.label.x + m.label.width);
      break;
    }
    m.labelled = k < kLanes;
    lane[i] = k;
  }
  while (!lanes.empty() && lanes.back().empty()) lanes.pop_back();
  double clearance = 0;
  for (const auto& m : layout.marks) clearance = std::max(clearance, m.lift + m.radius);
  clearance += 10;
  layout.axis_y = 12 + static_cast<double>(lanes.size()) * kLaneHeight + clearance;
  for (std::size_t i = 0; i < layout.marks.size(); ++i)
    layout.marks[i].label.y = layout.axis_y - clearance - static_cast<double>(lane[i] + 1) * kLaneHeight + 4;
  const auto items = legend(layout);
  layout.height = layout.axis_y + kTickArea + (items.back().row + 1) * kLegendRow + 12;
  return layout;
}

std::string render_timeline_svg(const Analysis& analysis, const std::vector<const Event*>& events, bool standalone) {
  const TimelineLayout layout = layout_timeline(analysis, events);
  std::string out;
  if (standalone) out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kban-timeline\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" "
      "height=\"{1}\" role=\"img\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, "
      "sans-serif\" font-size=\"{2}\">\n",
      num(layout.width), num(layout.height), kFont);
  if (layout.marks.empty()) {
    out += "<title>Timeline: no dated events</title>\n";
    out += fmt::format("<text x=\"{}\" y=\"{}\" fill=\"#555\">No dated events.</text>\n</svg>\n", kMargin, layout.axis_y);
    return out;
  }
  out += fmt::format("<title>Timeline: {} event{}</title>\n", layout.marks.size(), layout.marks.size() == 1 ? "" : "s");
  const double y = layout.axis_y;

  // The axis: a line per stretch, a break between stretches, ticks whose labels do not touch.
  out += "<g class=\"axis\" stroke=\"#666\">\n";
  double label_end = -1e9;
  for (std::size_t i = 0; i < layout.stretches.size(); ++i) {
    const auto& s = layout.stretches[i];
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", num(s.x0), num(y), num(s.x1), num(y));
    if (i + 1 < layout.stretches.size()) {
      const double bx = (s.x1 + layout.stretches[i + 1].x0) / 2;
      out += fmt::format("<g class=\"break\"><title>{} to {}: nothing happens, not drawn to scale</title>",
                         escape_markup(day_text(s.last + 1)), escape_markup(day_text(layout.stretches[i + 1].first - 1)));
      for (const double dx : {-4.0, 4.0})
        out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke-width=\"1.5\"/>", num(bx + dx - 3), num(y + 7),
                           num(bx + dx + 3), num(y - 7));
      out += "</g>\n";
    }
    for (const Tick& t : ticks(s)) {
      if (t.x >= 0) out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n", num(t.x), num(y), num(y + 5));
      const double w = text_width(t.text);
      if (t.text_x - w / 2 < label_end + 8) continue;  // no room: the tick stays, unlabeled
      label_end = t.text_x + w / 2;
      out += fmt::format("<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" stroke=\"none\" fill=\"#444\">{}</text>\n",
                         num(t.text_x), num(y + 19), escape_markup(t.text));
    }
  }
  out += "</g>\n";

  // Leaders under ranges under marks under labels, so no label is hidden.
  out += "<g class=\"leaders\" stroke=\"#bbb\">\n";
  for (const auto& m : layout.marks)
    if (m.labelled)
      out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n", num(m.x), num(y - m.lift - m.radius),
                       num(m.label.y + m.label.height));
  out += "</g>\n<g class=\"ranges\" stroke-linecap=\"round\">\n";
  for (const auto& m : layout.marks) {
    if (m.range_x1 - m.range_x0 < 2) continue;
    const char* color = kColors[m.color];
    if (!m.disputed) {
      out += fmt::format("<line class=\"span\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"4\" "
                         "stroke-opacity=\"0.35\"/>\n",
                         num(m.range_x0), num(y), num(m.range_x1), num(y), color);
      continue;
    }
    out += fmt::format("<g class=\"range\" stroke=\"{}\"><title>{}</title>", color,
                       escape_markup("The sources disagree on the date of " + m.event->label));
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke-width=\"8\" stroke-opacity=\"0.3\"/>", num(m.range_x0),
                       num(y), num(m.range_x1), num(y));
    for (const double cx : m.competing)
      out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke-width=\"2\"/>", num(cx), num(y - 9), num(y + 9));
    out += "</g>\n";
  }
  out += "</g>\n<g class=\"marks\" stroke=\"#fff\">\n";
  for (const auto& m : layout.marks) {
    const Event& e = *m.event;
    out += fmt::format("<circle data-event=\"{}\" cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"><title>{}</title></circle>\n",
                       escape_markup(e.id), num(m.x), num(y - m.lift), num(m.radius), kColors[m.color],
                       escape_markup(fmt::format("{} · {}: {} ({} source{})", display_date(e.date), e.label, e.summary,
                                                 e.sources.size(), e.sources.size() == 1 ? "" : "s")));
  }
  out += "</g>\n<g class=\"labels\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\" "
         "stroke-linejoin=\"round\">\n";
  for (const auto& m : layout.marks) {
    if (!m.labelled) continue;
    const double tx = m.label_right ? m.label.x + m.label.width - 2 : m.label.x + 2;
    out += fmt::format(
        "<text class=\"label\" data-event=\"{0}\" x=\"{1}\" y=\"{2}\"{3}><tspan x=\"{1}\" font-weight=\"bold\">{4}</tspan>"
        "<tspan x=\"{1}\" dy=\"{5}\">{6}</tspan></text>\n",
        escape_markup(m.event->id), num(tx), num(m.label.y + 11), m.label_right ? " text-anchor=\"end\"" : "",
        escape_markup(label_date(*m.event)), kLineHeight, escape_markup(m.event->label));
  }
  out += "</g>\n<g class=\"legend\" fill=\"#333\">\n";
  const double legend_y = y + kTickArea;
  for (const auto& item : legend(layout)) {
    const double iy = legend_y + item.row * kLegendRow;
    if (item.kind == "type")
      out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"6\" fill=\"{}\"/>", num(item.x + 6), num(iy), kColors[item.color]);
    else if (item.kind == "size")
      out += fmt::format("<circle cx=\"{0}\" cy=\"{1}\" r=\"3\" fill=\"#999\"/><circle cx=\"{2}\" cy=\"{1}\" r=\"6\" fill=\"#999\"/>",
                         num(item.x + 2), num(iy), num(item.x + 12));
    else
      out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#999\" stroke-width=\"8\" stroke-opacity=\"0.5\" "
                         "stroke-linecap=\"round\"/>",
                         num(item.x), num(iy), num(item.x + 14), num(iy));
    out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", num(item.x + 22), num(iy + 4), escape_markup(item.text));
  }
  out += "</g>\n</svg>\n";
  return out;
}

}  // namespace kban
