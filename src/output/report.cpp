#include "output/report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "output/markup.hpp"
#include "output/svg.hpp"
#include "text/words.hpp"

namespace kban {

namespace {

// System fonts only, nothing fetched; a print stylesheet; one column on a phone.
constexpr const char* kStyle = R"css(
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--mark:#fff1a8}
*{box-sizing:border-box}
body{margin:0 auto;max-width:64rem;overflow-wrap:break-word;padding:1rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:0 0 .25rem}h4{font-size:1rem;margin:0 0 .25rem}
a{color:#0b5cad}nav a{margin-right:1rem}
.muted,small{color:var(--muted)}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
td.num,th.num{text-align:right}
.chart{margin:0;overflow-x:auto}.chart svg{display:block;min-width:40rem;width:100%;height:auto}
article{border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;margin:.75rem 0;break-inside:avoid}
.type{display:inline-block;padding:0 .5rem;border-radius:1rem;font-size:.85rem;font-weight:normal;border:1px solid var(--c,#777)}
.type::before{content:"";display:inline-block;width:.6rem;height:.6rem;border-radius:50%;margin-right:.3rem;background:var(--c,#777)}
mark{background:var(--mark);color:inherit;padding:0 .1em}
q{quotes:"\201C" "\201D"}
ol.quotes{padding-left:1.2rem;margin:.25rem 0}ol.quotes li{margin:.35rem 0}
details summary{cursor:pointer;color:#0b5cad}
details.inferred{display:inline;font-size:.85rem}details.inferred summary{display:inline;color:var(--muted)}details.inferred[open]{display:block}
.warn{color:#a4262c}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.75rem}
.side{background:var(--soft);border-radius:6px;padding:.5rem .75rem}
.bar{display:inline-block;height:.7rem;background:#4e79a7;border-radius:2px;vertical-align:middle}
.bars td:nth-child(2){width:40%}
@media (max-width:40rem){body{padding:.5rem}h1{font-size:1.3rem}th,td{padding:.25rem}}
@media print{
 body{max-width:none;padding:0;font-size:11pt}nav{display:none}
 a{color:inherit}a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;word-break:break-all}
 .chart svg{min-width:0}article{border-color:#999}
 details>*{display:block}details::details-content{content-visibility:visible;display:block}details summary{color:inherit}
 mark{outline:1px solid #999}
}
)css";

std::string plural(std::size_t n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

class Report {
 public:
  Report(const Corpus& corpus, const Analysis& analysis, const TimelineFilter& filter)
      : analysis_(analysis), filter_(filter) {
    events_ = select_events(analysis, filter);
    std::unordered_set<std::string> shown;
    for (const Event* e : events_) shown.insert(e->id);
    ConflictFilter conflicts;
    conflicts.sources = filter.sources;
    for (const Conflict* c : select_conflicts(analysis, conflicts))
      if (c->event.empty() || shown.count(c->event)) conflicts_.push_back(c);
    for (const Conflict* c : conflicts_)
      if (!c->event.empty()) date_conflict_[c->event] = c;
    ClaimFilter claims;
    claims.sources = filter.sources;
    claims_ = select_claims(analysis, claims);
    for (const auto& doc : corpus.documents) by_id_.emplace(doc.id, &doc);
    for (std::size_t i = 0; i < analysis.documents.size(); ++i) reference_.emplace(analysis.documents[i].doc, &analysis.documents[i].reference);
    for (const auto& doc : corpus.documents)
      if (filter.sources.empty() || std::find(filter.sources.begin(), filter.sources.end(), doc.id) != filter.sources.end())
        documents_.push_back(&doc);
    const TimelineLayout layout = layout_timeline(analysis, events_);
    for (std::size_t i = 0; i < layout.types.size(); ++i) colors_.emplace_back(layout.types[i], timeline_color(i));
  }

  std::string html() {
    out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            // Nothing may be fetched: no script, no image, no font, no frame, whatever the text.
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "img-src data:; base-uri 'none'; form-action 'none'\">\n"
            "<meta name=\"color-scheme\" content=\"light\">\n"
            "<meta name=\"generator\" content=\"kban 0.1.0\">\n";
    out_ += fmt::format("<title>Timeline and conflicts: {}, {}</title>\n", plural(events_.size(), "event"),
                        plural(conflicts_.size(), "conflict"));
    out_ += fmt::format("<style>{}</style>\n</head>\n<body>\n", kStyle);
    header();
    sources();
    timeline();
    events();
    conflicts();
    claims();
    out_ += "<footer><p class=\"muted\">Made by kban 0.1.0. Offsets and sentences come from each source's own text.</p></footer>\n"
            "</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  std::string name(const std::string& id) const {
    const auto doc = by_id_.find(id);
    return doc != by_id_.end() && doc->second->outlet ? *doc->second->outlet : id;
  }
  // A source as a link to its row of the sources table.
  std::string source_link(const std::string& id) const {
    return fmt::format("<a href=\"#source-{}\">{}</a>", escape_markup(id), escape_markup(name(id)));
  }
  std::string source_links(const std::vector<std::string>& ids) const {
    std::vector<std::string> links;
    for (const auto& id : ids) links.push_back(source_link(id));
    return fmt::format("{}", fmt::join(links, ", "));
  }
  std::string color_of(const std::string& type) const {
    for (const auto& [t, c] : colors_)
      if (t == type) return c;
    return "#777";
  }
  // One quoted sentence with its marked words, and where it comes from.
  std::string quote(const Evidence& e) const {
    return fmt::format("<li><cite>{}</cite>: <q>{}</q> <small>[{}-{}]</small></li>\n", source_link(analysis_.doc_id(e)),
                       marked_sentence(analysis_, e), e.start, e.end);
  }

  void header() {
    out_ += "<header>\n<h1>Timeline and conflicts</h1>\n";
    out_ += fmt::format("<p>What the sources say from {}: {}, {}, {}.</p>\n", plural(documents_.size(), "source"),
                        plural(events_.size(), "dated event"), plural(conflicts_.size(), "conflict"),
                        plural(claims_.size(), "group") + " of figures");
    std::vector<std::string> shown;
    if (filter_.since) shown.push_back("since " + to_iso(civil_from_days(*filter_.since)));
    if (filter_.until) shown.push_back("until " + to_iso(civil_from_days(*filter_.until)));
    if (!filter_.sources.empty()) shown.push_back(fmt::format("sources {}", fmt::join(filter_.sources, ", ")));
    if (!filter_.types.empty()) shown.push_back(fmt::format("types {}", fmt::join(filter_.types, ", ")));
    if (!shown.empty()) out_ += fmt::format("<p class=\"muted\">Only {}.</p>\n", escape_markup(fmt::format("{}", fmt::join(shown, "; "))));
    out_ += "<nav>\n<a href=\"#sources\">Sources</a>\n<a href=\"#timeline\">Timeline</a>\n<a href=\"#events\">Events</a>\n"
            "<a href=\"#conflicts\">Conflicts</a>\n<a href=\"#claims\">Claims</a>\n</nav>\n</header>\n";
  }

  void sources() {
    out_ += "<section id=\"sources\">\n<h2>Sources</h2>\n<div class=\"scroll\"><table>\n"
            "<thead><tr><th>Source</th><th>Outlet</th><th>Date</th><th class=\"num\">Words</th><th>Link</th></tr></thead>\n<tbody>\n";
    for (const Document* doc : documents_) {
      std::string date = doc->published ? escape_markup(display_date(to_iso(*doc->published))) : std::string();
      const auto ref = reference_.find(doc->id);
      if (!doc->published && ref != reference_.end()) {
        const Reference& r = *ref->second;
        // The reason is long: one word on the row, the reason on request.
        date = r.date ? fmt::format("{} <details class=\"inferred\"><summary>inferred</summary><small>{}</small></details>",
                                    escape_markup(display_date(to_iso(*r.date))), escape_markup(r.reason))
                      : "<small>unknown</small>";
      }
      const std::string href = doc->url ? safe_href(*doc->url) : std::string();
      const std::string link = href.empty() ? (doc->url ? escape_markup(*doc->url) : "—")
                                            : fmt::format("<a href=\"{}\" rel=\"noopener noreferrer\">link</a>", href);
      out_ += fmt::format("<tr id=\"source-{}\"><td><b>{}</b>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>\n",
                          escape_markup(doc->id), escape_markup(doc->id),
                          doc->title ? "<br>" + escape_markup(*doc->title) : std::string(), escape_markup(doc->outlet.value_or("—")),
                          date, count_words(doc->text), link);
    }
    out_ += "</tbody></table></div>\n</section>\n";
  }

  void timeline() {
    out_ += "<section id=\"timeline\">\n<h2>Timeline</h2>\n<figure class=\"chart\">\n";
    out_ += render_timeline_svg(analysis_, events_, false);
    out_ += "<figcaption class=\"muted\">Each mark is an event, larger when more sources report it; a pale band is the "
            "span of a date known only to the month or year, a dark band with ticks the dates sources disagree on. "
            "Slanted strokes cut out long stretches where nothing happens.</figcaption>\n</figure>\n</section>\n";
  }

  void events() {
    out_ += fmt::format("<section id=\"events\">\n<h2>Events</h2>\n");
    if (events_.empty()) out_ += "<p>No dated events.</p>\n";
    for (const Event* e : events_) {
      out_ += fmt::format("<article class=\"event\" id=\"event-{}\">\n<h3><time>{}</time> <span class=\"type\" style=\"--c:{}\">{}</span></h3>\n",
                          escape_markup(e->id), escape_markup(display_date(e->date)), color_of(e->type), escape_markup(e->label));
      out_ += fmt::format("<p>{}</p>\n", escape_markup(e->summary));
      std::vector<std::string> sources;
      for (const auto& id : e->sources) {
        std::string item = source_link(id);
        bool inferred = false;
        for (const auto& ref : e->mentions) {
          const Mention& m = analysis_.mention(ref);
          if (analysis_.documents[ref.doc].doc != id) continue;
          if (!values_nest(m.value, e->date)) item += " (says " + escape_markup(display_date(m.value)) + ")";
          inferred = inferred || m.inferred;
        }
        if (inferred) item += " <small>(date inferred)</small>";
        sources.push_back(item);
      }
      out_ += fmt::format("<p class=\"sources\">Sources: {}</p>\n", fmt::join(sources, ", "));
      if (!e->dates_agree) {
        const auto c = date_conflict_.find(e->id);
        out_ += c == date_conflict_.end()
                    ? "<p class=\"warn\">The sources disagree on the date.</p>\n"
                    : fmt::format("<p class=\"warn\">The sources disagree on the date: see <a href=\"#conflict-{}\">the conflict</a>.</p>\n",
                                  escape_markup(c->second->id));
      }
      out_ += fmt::format("<details><summary>{}, the date marked</summary>\n<ol class=\"quotes\">\n", plural(e->mentions.size(), "sentence"));
      for (const auto& ref : e->mentions) out_ += quote(analysis_.mention(ref).evidence);
      out_ += "</ol>\n</details>\n</article>\n";
    }
    out_ += "</section>\n";
  }

  void conflicts() {
    out_ += "<section id=\"conflicts\">\n<h2>Conflicts</h2>\n";
    if (conflicts_.empty()) out_ += "<p>The sources do not disagree.</p>\n";
    for (const Conflict* c : conflicts_) {
      out_ += fmt::format("<article class=\"conflict\" id=\"conflict-{}\">\n<h3>{}</h3>\n", escape_markup(c->id),
                          escape_markup(conflict_about(*c)));
      out_ += fmt::format("<p class=\"severity\">{} conflict, severity <meter min=\"0\" max=\"1\" value=\"{:.2f}\">{:.2f}</meter> {:.2f}{}</p>\n",
                          escape_markup(c->kind), std::min(1.0, c->severity), c->severity, c->severity,
                          c->kind == "date" ? " (years apart)" : "");
      out_ += "<div class=\"sides\">\n";
      for (const ConflictValue& v : c->values) {
        const std::string shown = conflict_value_text(*c, v, "\u201C", "\u201D");
        out_ += fmt::format("<section class=\"side\">\n<h4>{}</h4>\n<p class=\"muted\">{}</p>\n<ol class=\"quotes\">\n", escape_markup(shown),
                            source_links(v.docs));
        for (const Evidence& e : v.mentions) out_ += quote(e);
        out_ += "</ol>\n</section>\n";
      }
      out_ += "</div>\n</article>\n";
    }
    out_ += "</section>\n";
  }

  void claims() {
    out_ += "<section id=\"claims\">\n<h2>Claims</h2>\n";
    if (claims_.empty()) out_ += "<p>No figures.</p>\n";
    for (const ClaimGroup* g : claims_) {
      out_ += fmt::format("<article class=\"claim\" id=\"claim-{}\">\n<h3>{} <small>({})</small></h3>\n", escape_markup(g->id),
                          escape_markup(claim_about(g->subject, g->attribute, g->scope, g->time)), escape_markup(claim_status(*g)));
      double top = 0;
      for (const ClaimValue& v : g->values) top = std::max(top, std::fabs(v.value));
      const bool bars = g->values.size() > 1 && top > 0;
      out_ += fmt::format("<div class=\"scroll\"><table{}>\n", bars ? " class=\"bars\"" : "");
      for (const ClaimValue& v : g->values) {
        std::vector<std::string> forms;
        for (const Claim* c : v.claims)
          if (std::find(forms.begin(), forms.end(), c->evidence.text) == forms.end()) forms.push_back(c->evidence.text);
        out_ += fmt::format("<tr><td>{}</td>", escape_markup(fmt::format("{}", fmt::join(forms, " / "))));
        // Bars compare the values of a group where there are several.
        if (bars) out_ += fmt::format("<td><span class=\"bar\" style=\"width:{:.0f}%\"></span></td>", std::max(1.0, 100 * std::fabs(v.value) / top));
        out_ += fmt::format("<td>{}</td></tr>\n", source_links(v.docs));
      }
      out_ += "</table></div>\n<details><summary>the sentences</summary>\n<ol class=\"quotes\">\n";
      for (const ClaimValue& v : g->values)
        for (const Claim* c : v.claims) out_ += quote(c->evidence);
      out_ += "</ol>\n</details>\n</article>\n";
    }
    out_ += "</section>\n";
  }

  const Analysis& analysis_;
  const TimelineFilter& filter_;
  std::vector<const Event*> events_;
  std::vector<const Conflict*> conflicts_;
  std::vector<const ClaimGroup*> claims_;
  std::vector<const Document*> documents_;
  std::unordered_map<std::string, const Document*> by_id_;
  std::unordered_map<std::string, const Reference*> reference_;
  std::unordered_map<std::string, const Conflict*> date_conflict_;  // by event id
  std::vector<std::pair<std::string, std::string>> colors_;
  std::string out_;
};

}  // namespace

std::string render_report(const Corpus& corpus, const Analysis& analysis, const TimelineFilter& filter) {
  return Report(corpus, analysis, filter).html();
}

}  // namespace kban
