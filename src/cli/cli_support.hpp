#pragma once
// What the subcommands share: common options, reading input, choosing output options.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "kban/cli.hpp"
#include "kban/corpus.hpp"
#include "kban/ingest.hpp"
#include "kban/lexicon.hpp"
#include "kban/model.hpp"
#include "output/render.hpp"

namespace kban {

struct CommonOptions {
  std::string corpus;                 // empty: the built-in corpus
  std::vector<std::string> lexicons;  // extra lexicon files
  std::string color = "auto";
  unsigned jobs = 0;  // threads for the analysis; 0: all cores
};

// One subcommand: declare() adds it and its options to the app; run() executes it after
// parsing. The options live in the derived class.
class Command {
 public:
  virtual ~Command() = default;
  virtual CLI::App* declare(CLI::App& app) = 0;
  virtual int run(Environment& env, const CommonOptions& common) = 0;
};

std::vector<std::unique_ptr<Command>> all_commands();
std::unique_ptr<Command> make_add_command();
std::unique_ptr<Command> make_corpus_command();
std::unique_ptr<Command> make_manual_command();
std::unique_ptr<Command> make_completion_command();

// The exit codes, as --help's footer lists them.
const char* exit_codes_text();
// The manual page (roff) and a shell's completion script, from the app's definitions.
std::string manual_page(const CLI::App& app, const std::string& exit_codes);
std::string completion_script(const CLI::App& app, const std::string& shell);

// Writes "kban: KIND: MESSAGE" to stderr, the message shown through visible() so that what it
// quotes from the input (ids, keys, dates, file names) cannot act on the terminal.
void print_message(Environment& env, std::string_view kind, std::string_view message);

// Reads a whole file ("-" is stdin); throws Error(kExitData) naming the file when it cannot.
std::string read_input(const std::string& path, Environment& env);
std::string input_name(const std::string& path);

// The corpus of --corpus (JSON, or a folder of pages read as `kban add` reads them), else the
// built-in one.
Corpus load_corpus(const CommonOptions& common, Environment& env);
// The pages at a path: a file, every .txt, .md and .html file of a folder (sorted by name), or
// stdin for "-".
std::vector<Page> read_pages(const std::string& path, Environment& env);
// The built-in lexicon extended with every --lexicon file.
Lexicon load_lexicon(const CommonOptions& common, Environment& env);

// The analysis the reducing commands list: from extract records when `extracts` names any
// (read in order, '-' for stdin), else from the corpus. Keeps the corpus it read in `corpus`.
Analysis load_analysis(const CommonOptions& common, const std::vector<std::string>& extracts, const Lexicon& lexicon,
                       Environment& env, Corpus& corpus);
// Adds --extracts (repeatable) to a subcommand that reduces.
void add_extracts_option(CLI::App& sub, std::vector<std::string>& extracts);
// The ids of the documents an analysis covers, in order.
std::vector<std::string> document_ids(const Analysis& analysis);

// Why a date written in the right shape is no date: "2024-02 has 29 days", "there is no
// month 13"; empty when the shape is wrong or the date is fine.
std::string date_problem(const std::string& text);

// Throws Error(kExitData) naming the first invalid UTF-8 byte of a text input.
void check_utf8(std::string_view text, const std::string& name);

// "unknown document "x" (did you mean "y"?)"
std::string unknown_document_message(const std::vector<std::string>& known, const std::string& id);
std::string unknown_document_message(const Corpus& corpus, const std::string& id);
// Throws a usage error for the first of `ids` that is not among the known documents.
void check_sources(const std::vector<std::string>& known, const std::vector<std::string>& ids);

// Validators for option values: an empty one names nothing ("--corpus ''"), so it is refused
// as "empty file name" (`what` = "file name"), not taken for a missing option.
CLI::Validator not_empty(const std::string& what);
// A date YYYY-MM-DD, as --dct takes it.
CLI::Validator iso_date();
// A year, a month or a day (YYYY, YYYY-MM or YYYY-MM-DD), as --since and --until take it.
CLI::Validator date_bound();

// Adds --format (choices given) to a subcommand.
void add_format_option(CLI::App& sub, std::string& format, const std::vector<std::string>& choices);
OutputOptions output_options(const std::string& format, const CommonOptions& common, const Environment& env);

// How a listing command writes: --format, --fields and --wide. `schema` and `records` name the
// schema of its output and the key of its main records, which --fields are checked against.
struct ListingOptions {
  std::string format = "table";
  std::vector<std::string> fields;
  bool wide = false;
  std::string schema, records;
};
// `more_formats`: formats of this command beside the five of every listing.
void add_listing_options(CLI::App& sub, ListingOptions& options, const std::vector<std::string>& more_formats = {});
// `evidence`: the command was asked for its evidence (--evidence), which CSV writes as rows.
OutputOptions output_options(const ListingOptions& listing, const CommonOptions& common, const Environment& env,
                             bool evidence = false);

// Writes records as they are produced.
void write_listing(const Listing& listing, const OutputOptions& options, Environment& env);

}  // namespace kban
