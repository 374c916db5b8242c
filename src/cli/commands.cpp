// The subcommands: each declares its options and calls into the library.
#include <fmt/format.h>

#include "cli_support.hpp"
#include "kban/error.hpp"
#include "kban/listings.hpp"
#include "kban/reference.hpp"
#include "kban/suggest.hpp"
#include "kban/timex.hpp"

namespace kban {

namespace {

const std::vector<std::string> kListingFormats = {"table", "json", "jsonl", "csv", "markdown"};

class SourcesCommand : public Command {
 public:
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("sources", "List the documents of the corpus");
    add_format_option(*sub, format_, kListingFormats);
    return sub;
  }
  int run(Environment& env, const CommonOptions& common) override {
    write_listing(list_sources(load_corpus(common, env)), output_options(format_, common, env), env);
    return kExitOk;
  }

 private:
  std::string format_ = "table";
};

class TagCommand : public Command {
 public:
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("tag", "Tag and normalize the time expressions of a text (TIMEX3)");
    sub->add_option("file", file_, "Text file to tag ('-' for stdin, the default)")->type_name("FILE");
    sub->add_option("--dct", dct_, "Reference date (document creation time), YYYY-MM-DD")->type_name("DATE");
    sub->add_option("--doc", doc_, "Tag a corpus document with its reference date")->type_name("ID");
    add_format_option(*sub, format_, {"json", "jsonl", "timeml", "table"});
    return sub;
  }
  int run(Environment& env, const CommonOptions& common) override {
    Reference reference;
    if (!dct_.empty()) {
      reference.date = parse_iso_date(dct_);
      if (!reference.date) throw Error(kExitUsage, fmt::format("--dct: \"{}\" is not a valid date (YYYY-MM-DD)", dct_));
    }
    std::string text;
    if (!doc_.empty()) {
      if (!file_.empty()) throw Error(kExitUsage, "give either a file or --doc, not both");
      const Corpus corpus = load_corpus(common, env);
      const Document* doc = find_document(corpus, doc_);
      if (!doc) throw Error(kExitUsage, unknown_document_message(corpus, doc_));
      text = doc->text;
      if (dct_.empty()) reference = infer_references(corpus)[static_cast<std::size_t>(doc - corpus.documents.data())];
    } else {
      const std::string path = file_.empty() ? "-" : file_;
      text = read_input(path, env);
      check_utf8(text, input_name(path));
    }
    const auto timexes = tag_timexes(text, TagOptions{reference.date});
    if (format_ == "timeml") {
      env.out << render_timeml(text, timexes, reference);
    } else {
      write_listing(list_timexes(text, timexes, reference, doc_), output_options(format_, common, env), env);
    }
    return kExitOk;
  }

 private:
  std::string file_;
  std::string dct_;
  std::string doc_;
  std::string format_ = "json";
};

// A command whose issue has not landed yet: says so honestly and exits non-zero.
class PendingCommand : public Command {
 public:
  PendingCommand(std::string name, std::string description)
      : name_(std::move(name)), description_(std::move(description)) {}
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand(name_, description_ + " (not implemented yet)");
    add_format_option(*sub, format_, kListingFormats);
    return sub;
  }
  int run(Environment& env, const CommonOptions&) override {
    env.err << "kban: error: '" << name_ << "' is not implemented yet\n";
    return kExitInternal;
  }

 private:
  std::string name_;
  std::string description_;
  std::string format_ = "table";
};

}  // namespace

std::vector<std::unique_ptr<Command>> all_commands() {
  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(std::make_unique<SourcesCommand>());
  commands.push_back(std::make_unique<TagCommand>());
  commands.push_back(std::make_unique<PendingCommand>("timeline", "Print the timeline of dated events"));
  commands.push_back(std::make_unique<PendingCommand>("conflicts", "Print figures and dates on which sources disagree"));
  return commands;
}

}  // namespace kban
