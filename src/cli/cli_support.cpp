#include "cli_support.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kban/error.hpp"
#include "kban/extracts.hpp"
#include "kban/pipeline.hpp"
#include "base/embedded.hpp"
#include "base/suggest.hpp"
#include "base/utf8.hpp"
#include "base/visible.hpp"
#include "output/listings.hpp"

namespace kban {

void print_message(Environment& env, std::string_view kind, std::string_view message) {
  env.err << "kban: " << kind << ": " << visible(message) << "\n";
}

std::string input_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

std::string read_input(const std::string& path, Environment& env) {
  std::string out;
  if (path == "-") {
    if (!env.stdin_problem.empty()) throw data_error("<stdin>: cannot read: " + env.stdin_problem);
    char chunk[1 << 16];
    while (env.in.read(chunk, sizeof chunk) || env.in.gcount() > 0) out.append(chunk, static_cast<std::size_t>(env.in.gcount()));
    if (env.in.bad()) throw data_error("<stdin>: cannot read");
    env.stdin_problem = "already read for another input ('-' given twice)";
    return out;
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw data_error(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  struct stat st {};
  int error = ::fstat(fd, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
  if (error == 0 && S_ISREG(st.st_mode)) out.reserve(static_cast<std::size_t>(st.st_size));
  char chunk[1 << 16];
  while (error == 0) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n > 0) out.append(chunk, static_cast<std::size_t>(n));
    else if (n == 0) break;
    else if (errno != EINTR) error = errno;
  }
  ::close(fd);
  if (error != 0) throw data_error(fmt::format("{}: cannot read: {}", path, std::strerror(error)));
  return out;
}

std::vector<Page> read_pages(const std::string& path, Environment& env) {
  namespace fs = std::filesystem;
  if (path == "-") return {Page{"<stdin>", read_input(path, env)}};
  std::error_code error;
  if (fs::is_directory(path, error)) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(path, error)) {
      std::string ext = entry.path().extension().string();
      std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (entry.is_regular_file() && (ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm"))
        files.push_back(entry.path());
    }
    if (error) throw data_error(fmt::format("{}: cannot read the folder: {}", path, error.message()));
    if (files.empty()) throw data_error(fmt::format("{}: a folder with no .txt, .md or .html pages", path));
    std::sort(files.begin(), files.end());
    std::vector<Page> pages;
    for (const auto& f : files) pages.push_back(Page{f.string(), read_input(f.string(), env)});
    return pages;
  }
  return {Page{path, read_input(path, env)}};
}

Corpus load_corpus(const CommonOptions& common, Environment& env) {
  if (common.corpus.empty()) return builtin_corpus();
  std::error_code error;
  if (common.corpus != "-" && std::filesystem::is_directory(common.corpus, error)) {
    Corpus corpus;
    corpus.source = common.corpus;
    const AddReport report = add_pages(corpus, read_pages(common.corpus, env), {}, false);
    for (const auto& note : report.notes) print_message(env, "note", note);
    return corpus;
  }
  const std::string content = read_input(common.corpus, env);
  // A page given where corpus JSON is expected.
  const auto first = content.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && content[first] != '{' && content[first] != '[') {
    std::string start = content.substr(first, std::min(content.find('\n', first), first + 24) - first);
    while (!start.empty() && (static_cast<unsigned char>(start.back()) & 0xC0) == 0x80) start.pop_back();  // whole characters
    throw data_error(fmt::format("{}: not corpus JSON (it starts with \"{}\"); to bring an article in, run: kban add --corpus CORPUS.json {}",
                                 input_name(common.corpus), start, common.corpus));
  }
  return parse_corpus(content, input_name(common.corpus));
}

Lexicon load_lexicon(const CommonOptions& common, Environment& env) {
  Lexicon lexicon = builtin_lexicon();
  for (const auto& path : common.lexicons) merge_lexicon(lexicon, parse_lexicon(read_input(path, env), input_name(path)));
  return lexicon;
}

std::string date_problem(const std::string& text) {
  const auto digits = [&](std::size_t from, std::size_t n) {
    if (text.size() < from + n) return -1;
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  const int year = digits(0, 4);
  if (year < 0 || (text.size() != 7 && text.size() != 10) || text[4] != '-') return {};
  const int month = digits(5, 2);
  if (month < 0) return {};
  if (month < 1 || month > 12) return fmt::format("there is no month {}", month);
  if (text.size() == 7 || text[7] != '-') return {};
  const int day = digits(8, 2);
  if (day < 0 || is_valid_date(year, month, day)) return {};
  int last = 28;
  while (is_valid_date(year, month, last + 1)) ++last;
  return fmt::format("{}-{:02} has {} days", year, month, last);
}

void check_utf8(std::string_view text, const std::string& name) {
  if (const auto bad = find_invalid_utf8(text)) {
    const LineColumn lc = line_column(text, *bad);
    throw data_error(fmt::format("{}:{}:{}: invalid UTF-8 byte 0x{:02X} at byte offset {}", name, lc.line, lc.column,
                                 static_cast<unsigned char>(text[*bad]), *bad));
  }
}

std::string unknown_document_message(const std::vector<std::string>& known, const std::string& id) {
  const auto near = nearest_name(id, known);
  return near ? fmt::format("unknown document \"{}\" (did you mean \"{}\"?)", id, *near)
              : fmt::format("unknown document \"{}\" (known: {})", id, fmt::join(known, ", "));
}

std::string unknown_document_message(const Corpus& corpus, const std::string& id) {
  std::vector<std::string> ids;
  for (const auto& doc : corpus.documents) ids.push_back(doc.id);
  return unknown_document_message(ids, id);
}

void check_sources(const std::vector<std::string>& known, const std::vector<std::string>& ids) {
  for (const auto& id : ids)
    if (std::find(known.begin(), known.end(), id) == known.end())
      throw Error(kExitUsage, "--source: " + unknown_document_message(known, id));
}

void add_extracts_option(CLI::App& sub, std::vector<std::string>& extracts) {
  sub.add_option("--extracts", extracts,
                 "Reduce the records of 'kban extract' (JSON Lines, '-' for stdin) instead of reading a corpus; repeatable")
      ->type_name("FILE")
      ->check(not_empty("file name"));
}

Analysis load_analysis(const CommonOptions& common, const std::vector<std::string>& extracts, const Lexicon& lexicon,
                       Environment& env, Corpus& corpus) {
  if (extracts.empty()) {
    corpus = load_corpus(common, env);
    return analyze_corpus(corpus, lexicon, common.jobs);
  }
  if (!common.corpus.empty()) throw Error(kExitUsage, "give either --corpus or --extracts, not both");
  std::vector<DocumentExtract> documents;
  for (const auto& path : extracts) {
    auto more = read_extracts(read_input(path, env), input_name(path), static_cast<std::uint32_t>(documents.size()));
    documents.insert(documents.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  std::vector<std::string> seen;
  for (const auto& d : documents) seen.push_back(d.doc);
  std::sort(seen.begin(), seen.end());
  if (const auto dup = std::adjacent_find(seen.begin(), seen.end()); dup != seen.end())
    throw data_error(fmt::format("--extracts: document \"{}\" appears twice", *dup));
  return reduce_extracts(std::move(documents), lexicon, common.jobs);
}

std::vector<std::string> document_ids(const Analysis& analysis) {
  std::vector<std::string> ids;
  for (const auto& d : analysis.documents) ids.push_back(d.doc);
  return ids;
}

CLI::Validator not_empty(const std::string& what) {
  return CLI::Validator([what](std::string& value) { return value.empty() ? "empty " + what : std::string(); }, "");
}

CLI::Validator iso_date() {
  return CLI::Validator(
      [](std::string& value) {
        if (parse_iso_date(value)) return std::string();
        const std::string why = date_problem(value);
        return why.empty() ? fmt::format("\"{}\" is not a date (YYYY-MM-DD)", value) : fmt::format("\"{}\" is not a date: {}", value, why);
      },
      "");
}

CLI::Validator date_bound() {
  return CLI::Validator(
      [](std::string& value) {
        long day = 0;
        if (parse_date_bound(value, false, day)) return std::string();
        const std::string why = date_problem(value);
        return why.empty() ? fmt::format("\"{}\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", value)
                           : fmt::format("\"{}\" is not a date: {}", value, why);
      },
      "");
}

void add_format_option(CLI::App& sub, std::string& format, const std::vector<std::string>& choices) {
  sub.add_option("--format", format, fmt::format("Output format: {}", fmt::join(choices, ", ")))
      ->check(CLI::IsMember(choices))
      ->capture_default_str();
}

OutputOptions output_options(const std::string& format, const CommonOptions& common, const Environment& env) {
  OutputOptions options;
  options.format = parse_format(format).value_or(Format::kTable);
  if (common.color == "always") options.color = true;
  else if (common.color == "auto") options.color = env.stdout_is_tty && !env.no_color;
  options.width = env.stdout_is_tty ? env.columns : 0;
  return options;
}

void add_listing_options(CLI::App& sub, ListingOptions& options, const std::vector<std::string>& more_formats) {
  std::vector<std::string> formats = {"table", "json", "jsonl", "csv", "markdown"};
  formats.insert(formats.end(), more_formats.begin(), more_formats.end());
  add_format_option(sub, options.format, formats);
  sub.add_option("--fields", options.fields, "Only these fields of each record, in JSON, JSON Lines and CSV (comma-separated)")
      ->type_name("NAME,...")
      ->delimiter(',');
  sub.add_flag("--wide", options.wide, "Tables: never wrap or cut a cell to fit the terminal");
}

namespace {

// The fields of a listing's main records, from its JSON Schema.
std::vector<std::string> record_fields(const std::string& schema, const std::string& records) {
  const auto all = nlohmann::json::parse(embedded_file("schemas/" + schema + ".json"));
  std::vector<std::string> names;
  for (const auto& [name, value] : all.at("properties").at(records).at("items").at("properties").items()) names.push_back(name);
  return names;
}

}  // namespace

OutputOptions output_options(const ListingOptions& listing, const CommonOptions& common, const Environment& env, bool evidence) {
  OutputOptions options = output_options(listing.format, common, env);
  if (listing.wide) options.width = 0;
  options.evidence = evidence;
  if (!listing.fields.empty()) {
    if (options.format != Format::kJson && options.format != Format::kJsonl && options.format != Format::kCsv)
      throw Error(kExitUsage, fmt::format("--fields selects fields of json, jsonl and csv output, not of {}", listing.format));
    const auto known = record_fields(listing.schema, listing.records);
    for (const auto& name : listing.fields) {
      if (std::find(known.begin(), known.end(), name) != known.end()) continue;
      const auto near = nearest_name(name, known);
      throw Error(kExitUsage, near ? fmt::format("--fields: {} have no field \"{}\" (did you mean \"{}\"?)", listing.records, name, *near)
                                   : fmt::format("--fields: {} have no field \"{}\" (known: {})", listing.records, name,
                                                 fmt::join(known, ", ")));
    }
    options.fields = listing.fields;
  }
  return options;
}

void write_listing(const Listing& listing, const OutputOptions& options, Environment& env) {
  render(listing, options, env.out);
}

}  // namespace kban
