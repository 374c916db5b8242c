// Builds the command line and dispatches to the subcommands.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "cli_support.hpp"
#include "kban/cli.hpp"
#include "kban/error.hpp"
#include "base/suggest.hpp"

namespace kban {

namespace {

constexpr const char* kExitCodes =
    "Exit codes:\n"
    "  0  success\n"
    "  1  conflicts found, with --fail-on-conflict\n"
    "  2  bad command line\n"
    "  3  bad input data (corpus, lexicon or text: missing, unreadable or invalid)\n"
    "  4  internal error\n"
    "  5  the output cannot be written (a full disk, a closed stdout, a broken pipe)\n";

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  return names;
}

// The first word that is not an option or an option's value: the command the user typed.
std::optional<std::string> typed_command(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--corpus" || arg == "--lexicon" || arg == "--color" || arg == "--jobs" || arg == "-j") {
      ++i;
    } else if (arg.rfind("-", 0) != 0) {
      return arg;
    }
  }
  return std::nullopt;
}

// The option names of an app and of its subcommands ("--since", "-j"; `corpus export`'s
// "--output") and whether each takes a value.
std::vector<std::pair<std::string, bool>> option_names(const CLI::App& app) {
  std::vector<std::pair<std::string, bool>> out;
  for (const CLI::Option* opt : app.get_options()) {
    const bool value = opt->get_type_size() != 0 && opt->get_expected_min() != 0;
    for (const auto& l : opt->get_lnames()) out.emplace_back("--" + l, value);
    for (const auto& s : opt->get_snames()) out.emplace_back("-" + s, value);
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    const auto nested = option_names(*sub);
    out.insert(out.end(), nested.begin(), nested.end());
  }
  return out;
}

// A problem CLI11 would word poorly: an option that neither kban nor the command has (with
// the nearest name), or --corpus given twice. Options before the command are kban's own.
std::optional<std::string> option_problem(const CLI::App& app, const CLI::App* command, int argc, const char* const* argv) {
  const auto global = option_names(app);
  const auto own = command ? option_names(*command) : decltype(global){};
  int corpora = 0;
  bool after_command = false;
  std::string command_name = command ? command->get_name() : std::string();  // "corpus export"
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.size() < 2 || arg[0] != '-') {
      if (after_command && command)
        for (const CLI::App* sub : command->get_subcommands([](const CLI::App*) { return true; }))
          if (arg == sub->get_name()) command_name = command->get_name() + " " + arg;
      after_command = after_command || (command && arg == command->get_name());
      continue;
    }
    if (const auto eq = arg.find('='); eq != std::string::npos) arg.resize(eq);
    corpora += arg == "--corpus";
    std::vector<std::pair<std::string, bool>> known = global;
    if (after_command) known.insert(known.end(), own.begin(), own.end());
    const auto it = std::find_if(known.begin(), known.end(), [&](const auto& k) { return k.first == arg; });
    if (it != known.end()) {
      if (it->second && std::string(argv[i]).find('=') == std::string::npos) ++i;  // its value
      continue;
    }
    // A short option with its value attached: "-j8".
    if (arg.size() > 2 && arg[1] != '-' &&
        std::any_of(known.begin(), known.end(), [&](const auto& k) { return k.second && k.first == arg.substr(0, 2); }))
      continue;
    if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-V") continue;
    std::vector<std::string> names;
    for (const auto& k : known) names.push_back(k.first);
    const std::string where = after_command ? fmt::format(" for {}", command_name) : std::string();
    const auto near = nearest_name(arg, names);
    return near ? fmt::format("unknown option \"{}\"{} (did you mean \"{}\"?)", arg, where, *near)
                : fmt::format("unknown option \"{}\"{}", arg, where);
  }
  if (corpora > 1) return std::string("--corpus given more than once: one corpus at a time (kban add brings pages into one)");
  return std::nullopt;
}

// Stdin can be read once: two inputs given as '-' would leave one of them empty.
void check_stdin_once(const CommonOptions& common) {
  std::vector<std::string> readers;
  if (common.corpus == "-") readers.push_back("--corpus");
  for (const auto& path : common.lexicons)
    if (path == "-") readers.push_back("--lexicon");
  if (readers.size() > 1)
    throw CLI::ValidationError(fmt::format("{} both read stdin ('-'); give all but one of them a file", fmt::join(readers, " and ")));
}

int usage_error(Environment& env, const std::string& message) {
  print_message(env, "error", message);
  env.err << "Run 'kban --help' for the commands and options.\n";
  return kExitUsage;
}

}  // namespace

const char* exit_codes_text() { return kExitCodes; }

namespace {

int run_command(int argc, const char* const* argv, Environment& env) {
  CLI::App app{"kban: a sourced timeline of events and a tracker of claims, from a corpus of news articles.", "kban"};
  app.footer(kExitCodes);
  app.require_subcommand(1);
  app.fallthrough();
  app.set_version_flag("--version,-V", "kban 0.1.0");

  CommonOptions common;
  app.add_option("--corpus", common.corpus, "Corpus JSON file, a folder of pages, or '-' for stdin; the built-in corpus by default")
      ->type_name("FILE")
      ->check(not_empty("file name"));
  app.add_option("--lexicon", common.lexicons, "Extra lexicon JSON file (aliases, synonyms, event types); repeatable")
      ->type_name("FILE")
      ->check(not_empty("file name"))
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--jobs,-j", common.jobs, "Threads for the analysis (default: all cores); the output is the same for any number")
      ->type_name("N")
      ->check(CLI::Range(1u, 1024u));
  app.add_option("--color", common.color, "Color in tables: auto, always or never (NO_COLOR is respected)")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();

  const auto commands = all_commands();
  std::vector<CLI::App*> subcommands;
  for (const auto& command : commands) subcommands.push_back(command->declare(app));
  // A command's help shows the options that apply to every command, and the exit codes it
  // can return.
  for (CLI::App* sub : subcommands) {
    const bool fails_on_conflict = sub->get_option_no_throw("--fail-on-conflict") != nullptr;
    sub->footer(std::string("Options of every command (see kban --help):\n"
                            "  --corpus FILE       corpus JSON, a folder of pages, or '-' for stdin; the built-in corpus by default\n"
                            "  --lexicon FILE      extra lexicon JSON; repeatable\n"
                            "  -j, --jobs N        threads for the analysis\n"
                            "  --color WHEN        auto, always or never\n\n"
                            "Exit codes:\n  0  success\n") +
                (fails_on_conflict ? "  1  conflicts found, with --fail-on-conflict\n" : "") +
                "  2  bad command line\n  3  bad input data\n  4  internal error\n"
                "  5  the output cannot be written\n");
  }

  if (const auto typed = typed_command(argc, argv)) {
    const auto names = command_names(app);
    if (std::find(names.begin(), names.end(), *typed) == names.end()) {
      // "kban --Corpus x timeline": the misspelled option, not "x", is the mistake.
      if (const auto problem = option_problem(app, nullptr, argc, argv)) return usage_error(env, *problem);
      const auto near = nearest_name(*typed, names);
      return usage_error(env, near ? fmt::format("unknown command \"{}\" (did you mean \"{}\"?)", *typed, *near)
                                   : fmt::format("unknown command \"{}\"", *typed));
    }
    const auto it = std::find(names.begin(), names.end(), *typed);
    if (const auto problem = option_problem(app, subcommands[static_cast<std::size_t>(it - names.begin())], argc, argv))
      return usage_error(env, *problem);
  }
  try {
    app.parse(argc, argv);
    check_stdin_once(common);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e, env.out, env.err);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e, env.out, env.err);
  } catch (const CLI::CallForVersion& e) {
    env.out << "kban 0.1.0\n";
    return kExitOk;
  } catch (const CLI::RequiredError& e) {
    if (app.get_subcommands().empty())
      return usage_error(env, "a command is required: " + fmt::format("{}", fmt::join(command_names(app), ", ")));
    return usage_error(env, e.what());
  } catch (const CLI::ParseError& e) {
    return usage_error(env, e.what());
  }

  for (std::size_t i = 0; i < commands.size(); ++i)
    if (subcommands[i]->parsed()) return commands[i]->run(env, common);
  return usage_error(env, "a command is required");
}

}  // namespace

int run(int argc, const char* const* argv, Environment& env) {
  try {
    const int code = run_command(argc, argv, env);
    env.out.flush();
    return code;
  } catch (const Error& e) {
    for (const auto& message : e.messages()) print_message(env, "error", message);
    if (e.code() == kExitUsage) env.err << "Run 'kban --help' for the commands and options.\n";
    return e.code();
  } catch (const std::exception& e) {
    print_message(env, "internal error", e.what());
    return kExitInternal;
  }
}

}  // namespace kban
