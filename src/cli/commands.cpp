// The subcommands: each declares its options and calls into the library.
#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "cli_support.hpp"
#include "base/embedded.hpp"
#include "base/files.hpp"
#include "kban/error.hpp"
#include "kban/extracts.hpp"
#include "output/listings.hpp"
#include "output/report.hpp"
#include "output/svg.hpp"
#include "output/timelinejs.hpp"
#include "kban/pipeline.hpp"
#include "base/suggest.hpp"
#include "kban/timex.hpp"

namespace kban {

namespace {

class SourcesCommand : public Command {
 public:
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("sources", "List the documents of the corpus");
    add_listing_options(*sub, listing_);
    return sub;
  }
  int run(Environment& env, const CommonOptions& common) override {
    write_listing(list_sources(load_corpus(common, env)), output_options(listing_, common, env), env);
    return kExitOk;
  }

 private:
  ListingOptions listing_{"table", {}, false, "sources", "documents"};
};

class TagCommand : public Command {
 public:
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("tag", "Tag and normalize the time expressions of a text (TIMEX3)");
    sub->add_option("file", file_, "Text file to tag ('-' for stdin, the default)")->type_name("FILE")->check(not_empty("file name"));
    sub->add_option("--dct", dct_, "Reference date (document creation time), YYYY-MM-DD")->type_name("DATE")->check(iso_date());
    sub->add_option("--doc", doc_, "Tag a corpus document with its reference date")->type_name("ID")->check(not_empty("document id"));
    add_format_option(*sub, format_, {"json", "jsonl", "timeml", "table"});
    return sub;
  }
  int run(Environment& env, const CommonOptions& common) override {
    Reference reference;
    if (!dct_.empty()) reference.date = parse_iso_date(dct_);  // checked by iso_date()
    std::string text;
    if (!doc_.empty()) {
      if (!file_.empty()) throw Error(kExitUsage, "give either a file or --doc, not both");
      const Corpus corpus = load_corpus(common, env);
      const Document* doc = find_document(corpus, doc_);
      if (!doc) throw Error(kExitUsage, unknown_document_message(corpus, doc_));
      text = doc->text;
      // The document's reference may come from the others: analyze them all, each once.
      Analysis analysis = analyze_corpus(corpus, load_lexicon(common, env), common.jobs);
      DocumentExtract& extract = analysis.documents[static_cast<std::size_t>(doc - corpus.documents.data())];
      if (dct_.empty()) reference = extract.reference;
      const auto timexes = dct_.empty() ? std::move(extract.timexes) : resolve_timexes(extract.found, TagOptions{reference.date});
      write_tags(text, timexes, reference, common, env);
      return kExitOk;
    }
    const std::string path = file_.empty() ? "-" : file_;
    // A bare `kban tag` at a prompt waits for text: say so.
    if (path == "-" && env.stdin_is_tty)
      env.err << "kban: reading the text to tag from the terminal; end it with Ctrl-D (or give a FILE, or --doc ID)\n";
    text = read_input(path, env);
    check_utf8(text, input_name(path));
    write_tags(text, tag_timexes(text, TagOptions{reference.date, reference.inferred}), reference, common, env);
    return kExitOk;
  }

 private:
  void write_tags(const std::string& text, const std::vector<Timex>& timexes, const Reference& reference,
                  const CommonOptions& common, Environment& env) const {
    if (format_ == "timeml") {
      env.out << render_timeml(text, timexes, reference);
    } else {
      write_listing(list_timexes(text, timexes, reference, doc_), output_options(format_, common, env), env);
    }
  }

  std::string file_;
  std::string dct_;
  std::string doc_;
  std::string format_ = "json";
};

// The options that choose events, shared by `timeline` and `report`: --since --until
// --source --type.
class EventFilterOptions {
 public:
  void declare(CLI::App& sub) {
    sub.add_option("--since", since_, "Only events that end on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
        ->type_name("DATE")
        ->check(date_bound());
    sub.add_option("--until", until_, "Only events that start on or before this date")->type_name("DATE")->check(date_bound());
    sub.add_option("--source", filter.sources, "Only events that this document reports (repeatable)")->type_name("ID");
    sub.add_option("--type", filter.types, "Only events of this type (repeatable)")->type_name("TYPE");
  }
  // Checks the values against each other and the lexicon; fills `filter`.
  void resolve(const Lexicon& lexicon) {
    filter.since = day_of(since_, false);
    filter.until = day_of(until_, true);
    if (filter.since && filter.until && *filter.since > *filter.until)
      throw Error(kExitUsage, fmt::format("--since {} is after --until {}: no event can be in both", since_, until_));
    std::vector<std::string> types;
    for (const auto& t : lexicon.event_types) types.push_back(t.name);
    for (auto& t : filter.types) {
      if (std::find(types.begin(), types.end(), t) != types.end()) continue;
      // The labels the table shows are accepted too: "takes effect" for "effective".
      const auto labelled = std::find_if(lexicon.event_types.begin(), lexicon.event_types.end(),
                                         [&](const EventType& e) { return e.label == t; });
      if (labelled != lexicon.event_types.end()) {
        t = labelled->name;
        continue;
      }
      const auto near = nearest_name(t, types);
      throw Error(kExitUsage, near ? fmt::format("--type: unknown event type \"{}\" (did you mean \"{}\"?)", t, *near)
                                   : fmt::format("--type: unknown event type \"{}\" (known: {})", t, fmt::join(types, ", ")));
    }
  }
  TimelineFilter filter;

 private:
  // The first or last day of a bound that date_bound() has checked.
  static std::optional<long> day_of(const std::string& text, bool upper) {
    long day = 0;
    if (text.empty() || !parse_date_bound(text, upper, day)) return std::nullopt;
    return day;
  }
  std::string since_, until_;
};

class TimelineCommand : public Command {
 public:
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("timeline", "Print the timeline of dated events, oldest first, with their sources");
    options_.declare(*sub);
    sub->add_option("--grep", options_.filter.grep, "Only events whose summary or sentences contain this text")->type_name("TEXT");
    sub->add_flag("--evidence", options_.filter.evidence, "Quote each source's sentence under its event");
    add_extracts_option(*sub, extracts_);
    add_listing_options(*sub, listing_, {"svg", "timelinejs"});
    return sub;
  }
  int run(Environment& env, const CommonOptions& common) override {
    const Lexicon lexicon = load_lexicon(common, env);
    options_.resolve(lexicon);
    Corpus corpus;
    const Analysis analysis = load_analysis(common, extracts_, lexicon, env, corpus);
    check_sources(document_ids(analysis), options_.filter.sources);
    const OutputOptions output = output_options(listing_, common, env, options_.filter.evidence);
    // The pictures: an SVG for slides, TimelineJS for newsroom timelines.
    if (listing_.format == "svg") env.out << render_timeline_svg(analysis, select_events(analysis, options_.filter), true);
    else if (listing_.format == "timelinejs") write_timelinejs(analysis, select_events(analysis, options_.filter), corpus, env.out);
    else write_listing(list_timeline(analysis, options_.filter), output, env);
    return kExitOk;
  }

 private:
  EventFilterOptions options_;
  std::vector<std::string> extracts_;
  ListingOptions listing_{"table", {}, false, "timeline", "events"};
};

class ReportCommand : public Command {
 public:
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand(
        "report", "Write one self-contained HTML page: sources, the timeline as a picture, events, conflicts and claims");
    options_.declare(*sub);
    sub->get_option("--source")->description("Only this document, its events, conflicts and claims (repeatable)");
    sub->add_option("--output,-o", output_, "Write to FILE (atomically) instead of stdout")->type_name("FILE")->check(not_empty("file name"));
    return sub;
  }
  int run(Environment& env, const CommonOptions& common) override {
    const Lexicon lexicon = load_lexicon(common, env);
    options_.resolve(lexicon);
    const Corpus corpus = load_corpus(common, env);
    const Analysis analysis = analyze_corpus(corpus, lexicon, common.jobs);
    check_sources(document_ids(analysis), options_.filter.sources);
    const std::string html = render_report(corpus, analysis, options_.filter);
    if (output_.empty()) env.out << html;
    else write_file_atomically(output_, html);
    return kExitOk;
  }

 private:
  EventFilterOptions options_;
  std::string output_;
};

class SchemaCommand : public Command {
 public:
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("schema", "Print the JSON Schema of a command's JSON output or of an input file");
    sub->add_option("name", name_,
                    "Output: sources, tag, timeline, claims or conflicts; input: corpus or lexicon")
        ->required();
    return sub;
  }
  int run(Environment& env, const CommonOptions&) override {
    // Each schema is data/schemas/NAME.json, compiled in.
    const std::string prefix = "schemas/";
    std::vector<std::string> names;
    for (const auto& file : embedded_files()) {
      if (file.name.substr(0, prefix.size()) != prefix) continue;
      std::string name(file.name.substr(prefix.size()));
      name.erase(name.size() - std::string_view(".json").size());
      if (name == name_) {
        env.out << nlohmann::ordered_json::parse(file.content).dump(2) << "\n";
        return kExitOk;
      }
      names.push_back(std::move(name));
    }
    std::sort(names.begin(), names.end());
    const auto near = nearest_name(name_, names);
    throw Error(kExitUsage, near ? fmt::format("unknown schema \"{}\" (did you mean \"{}\"?)", name_, *near)
                                 : fmt::format("unknown schema \"{}\" (known: {})", name_, fmt::join(names, ", ")));
  }

 private:
  std::string name_;
};

class ClaimsCommand : public Command {
 public:
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("claims", "Print every claim group: the figures each source gives and whether they agree");
    sub->add_option("--source", filter_.sources, "Only groups that this document contributes to (repeatable)")->type_name("ID");
    sub->add_option("--status", filter_.statuses, "Only groups whose sources agree, conflict, give distinct figures, or that one source gives (repeatable)")
        ->type_name("STATUS")
        ->check(CLI::IsMember({"agree", "conflict", "distinct", "single"}));
    sub->add_flag("--fail-on-conflict", fail_, "Exit with 1 when any listed group is in conflict");
    add_extracts_option(*sub, extracts_);
    add_listing_options(*sub, listing_);
    return sub;
  }
  int run(Environment& env, const CommonOptions& common) override {
    Corpus corpus;
    const Analysis analysis = load_analysis(common, extracts_, load_lexicon(common, env), env, corpus);
    check_sources(document_ids(analysis), filter_.sources);
    write_listing(list_claims(analysis, filter_), output_options(listing_, common, env), env);
    return fail_ && any_claim_conflict(analysis, filter_) ? kExitConflicts : kExitOk;
  }

 private:
  ClaimFilter filter_;
  std::vector<std::string> extracts_;
  bool fail_ = false;
  ListingOptions listing_{"table", {}, false, "claims", "claims"};
};

class ConflictsCommand : public Command {
 public:
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("conflicts", "Print figures, dates and stated intents on which sources disagree, most severe first");
    sub->add_option("--kind", filter_.kinds, "Only conflicts of this kind: figure, date, statement or inconsistency (repeatable)")
        ->type_name("KIND")
        ->check(CLI::IsMember({"figure", "date", "statement", "inconsistency"}));
    sub->add_option("--source", filter_.sources, "Only conflicts that this document takes part in (repeatable)")->type_name("ID");
    sub->add_flag("--evidence", evidence_, "Quote each source's sentence under its value");
    sub->add_flag("--fail-on-conflict", fail_, "Exit with 1 when any conflict is found (for CI and scripts)");
    add_extracts_option(*sub, extracts_);
    add_listing_options(*sub, listing_);
    return sub;
  }
  int run(Environment& env, const CommonOptions& common) override {
    Corpus corpus;
    const Analysis analysis = load_analysis(common, extracts_, load_lexicon(common, env), env, corpus);
    check_sources(document_ids(analysis), filter_.sources);
    write_listing(list_conflicts(analysis, filter_, evidence_), output_options(listing_, common, env, evidence_), env);
    return fail_ && count_conflicts(analysis, filter_) > 0 ? kExitConflicts : kExitOk;
  }

 private:
  ConflictFilter filter_;
  std::vector<std::string> extracts_;
  bool evidence_ = false;
  bool fail_ = false;
  ListingOptions listing_{"table", {}, false, "conflicts", "conflicts"};
};

class ExtractCommand : public Command {
 public:
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand(
        "extract", "Write what each document says, one JSON Lines record each, for 'timeline|claims|conflicts --extracts'");
    sub->add_option("--shard", shard_, "Only shard K of N equal runs of documents, K from 0 (as K/N)")
        ->type_name("K/N")
        ->check(not_empty("shard"));
    return sub;
  }
  int run(Environment& env, const CommonOptions& common) override {
    const Corpus corpus = load_corpus(common, env);
    const Lexicon lexicon = load_lexicon(common, env);
    std::size_t begin = 0, end = corpus.documents.size();
    if (!shard_.empty()) {
      unsigned k = 0, n = 0;
      char slash = 0, rest = 0;
      std::istringstream in(shard_);
      if (!(in >> k >> slash >> n) || slash != '/' || in >> rest || n == 0 || k >= n)
        throw Error(kExitUsage, fmt::format("--shard: \"{}\" is not K/N with 0 <= K < N", shard_));
      begin = corpus.documents.size() * k / n;
      end = corpus.documents.size() * (k + 1) / n;
    }
    extract_each(corpus, lexicon, begin, end, common.jobs, [&](DocumentExtract&& x) { write_extract(env.out, x); });
    return kExitOk;
  }

 private:
  std::string shard_;
};

}  // namespace

std::vector<std::unique_ptr<Command>> all_commands() {
  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(std::make_unique<TimelineCommand>());
  commands.push_back(std::make_unique<ReportCommand>());
  commands.push_back(std::make_unique<ConflictsCommand>());
  commands.push_back(std::make_unique<ClaimsCommand>());
  commands.push_back(std::make_unique<TagCommand>());
  commands.push_back(std::make_unique<SourcesCommand>());
  commands.push_back(make_add_command());
  commands.push_back(make_corpus_command());
  commands.push_back(make_completion_command());
  commands.push_back(make_manual_command());
  commands.push_back(std::make_unique<ExtractCommand>());
  commands.push_back(std::make_unique<SchemaCommand>());
  return commands;
}

}  // namespace kban
