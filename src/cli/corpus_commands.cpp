// Bringing articles in and out: `kban add` and `kban corpus export`.
#include <fmt/format.h>

#include <filesystem>

#include "base/files.hpp"
#include "base/visible.hpp"
#include "cli_support.hpp"
#include "kban/error.hpp"
#include "kban/ingest.hpp"

namespace kban {

namespace {

class AddCommand : public Command {
 public:
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand(
        "add", "Add articles (captured text, Markdown or HTML files, folders of them, '-' for stdin) to the corpus named by --corpus");
    sub->add_option("pages", paths_, "Files or folders of .txt, .md and .html pages")->required()->type_name("PATH");
    sub->add_option("--id", overrides_.id, "The document's id (one page only)")->type_name("ID");
    sub->add_option("--title", overrides_.title, "The headline (one page only)")->type_name("TEXT");
    sub->add_option("--outlet", overrides_.outlet, "The outlet that published it (one page only)")->type_name("TEXT");
    sub->add_option("--author", overrides_.author, "The author or authors (one page only)")->type_name("TEXT");
    sub->add_option("--published", overrides_.published, "The publication date, YYYY-MM-DD or a timestamp (one page only)")
        ->type_name("DATE");
    sub->add_option("--url", overrides_.url, "The page's URL (one page only)")->type_name("URL");
    sub->add_flag("--replace", replace_, "Update a document whose URL or text is already in the corpus");
    return sub;
  }
  int run(Environment& env, const CommonOptions& common) override {
    if (common.corpus.empty() || common.corpus == "-")
      throw Error(kExitUsage, "add needs --corpus FILE: the corpus JSON to add to (created if missing)");
    std::vector<Page> pages;
    for (const auto& path : paths_) {
      auto more = read_pages(path, env);
      pages.insert(pages.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    Corpus corpus;
    corpus.source = common.corpus;
    const bool exists = std::filesystem::exists(common.corpus);
    if (exists) corpus = load_corpus(common, env);
    const AddReport report = add_pages(corpus, pages, overrides_, replace_);
    for (const auto& note : report.notes) print_message(env, "note", note);
    if (report.added.empty() && report.replaced.empty()) return kExitOk;
    write_file_atomically(common.corpus, corpus_json(corpus));
    if (!exists) print_message(env, "note", "created " + common.corpus);
    for (const auto& id : report.added) env.out << visible(id) << "\n";
    for (const auto& id : report.replaced) env.out << visible(id) << "\n";
    return kExitOk;
  }

 private:
  std::vector<std::string> paths_;
  ArticleOverrides overrides_;
  bool replace_ = false;
};

class CorpusCommand : public Command {
 public:
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("corpus", "Work with the corpus as a whole");
    sub->require_subcommand(1);
    export_ = sub->add_subcommand("export", "Write the corpus (the built-in one, or --corpus: JSON or a folder of pages) as corpus JSON");
    export_->add_option("--output,-o", output_, "Write to FILE (atomically) instead of stdout")->type_name("FILE");
    return sub;
  }
  int run(Environment& env, const CommonOptions& common) override {
    const std::string json = corpus_json(load_corpus(common, env));
    if (output_.empty()) env.out << json;
    else write_file_atomically(output_, json);
    return kExitOk;
  }

 private:
  CLI::App* export_ = nullptr;
  std::string output_;
};

}  // namespace

std::unique_ptr<Command> make_add_command() { return std::make_unique<AddCommand>(); }
std::unique_ptr<Command> make_corpus_command() { return std::make_unique<CorpusCommand>(); }

}  // namespace kban
