#include "analysis/document.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <set>
#include <unordered_set>

#include "input/language.hpp"
#include "text/words.hpp"

namespace kban {

namespace {
std::atomic<std::size_t> passes{0};
}  // namespace

std::size_t tokenizer_passes() { return passes.load(); }

DocumentAnalysis read_document(std::string_view text) {
  DocumentAnalysis doc{text, split_text(text), analyze_layout(text), CodePointIndex(text), {}, {}, {}};
  passes.fetch_add(1, std::memory_order_relaxed);
  return doc;
}

std::vector<std::uint64_t> sentence_fingerprint(const DocumentAnalysis& doc) {
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i < doc.sentences().size(); ++i) {
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a over the lowercase words
    std::size_t words = 0;
    for (const Token& t : doc.tokens_of(i)) {
      if (t.kind == TokenKind::kPunct) continue;
      ++words;
      h = fnv1a(" ", fnv1a(t.lower(), h));
    }
    if (words >= 8) out.push_back(h & ((1ULL << 53) - 1));
  }
  return out;
}

std::vector<std::uint64_t> proper_names(const DocumentAnalysis& doc) {
  // Words that many stories' names share name no story: countries ("U.S."), the kind words of
  // names ("Department", "Agency", "Act") and function words.
  static const WordSet kCommon = [] {
    WordSet out;
    for (const auto& c : english().json("places.countries")) {
      for (const auto& w : c["words"]) out.insert(w.get<std::string>());
      for (const auto& w : c["capitalized_words"]) out.insert(w.get<std::string>());
    }
    for (const auto& k : english().json("names.kinds"))
      for (const auto& w : k["words"]) {
        std::string lower = w.get<std::string>();
        for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        out.insert(lower);
      }
    for (const auto& w : english().json("clauses.stopwords")) out.insert(w.get<std::string>());
    return out;
  }();
  // A word the text also writes in lower case is a common word ("Court", "Security").
  std::unordered_set<std::string_view> lower_case;
  for (const Token& w : doc.tokens())
    if (w.kind == TokenKind::kWord && !w.capitalized) lower_case.insert(w.lower());
  std::vector<std::uint64_t> out;
  std::size_t t = 0;  // the next time expression
  for (const Sentence& s : doc.sentences()) {
    const auto tokens = doc.split.tokens_of(s);
    for (std::size_t i = 1; i < tokens.size(); ++i) {
      const Token& w = tokens[i];
      if (!w.capitalized || w.kind != TokenKind::kWord || w.lower().size() < 3 || kCommon.contains(w.lower()) ||
          lower_case.contains(w.lower()))
        continue;
      const std::string_view before = tokens[i - 1].lower();
      if (before == "\"" || before == "\u201c" || before == ":" || before == "(") continue;  // a quotation's first word
      while (t < doc.timexes.size() && doc.timexes[t].end <= w.begin) ++t;
      if (t < doc.timexes.size() && doc.timexes[t].begin <= w.begin) continue;
      const Paragraph* p = paragraph_at(doc.paragraphs, w.begin);
      if (p && (p->kind != ParagraphKind::kBody || w.begin < p->dateline_end)) continue;
      out.push_back(fnv1a(w.lower()) & ((1ULL << 53) - 1));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void find_phrases(DocumentAnalysis& doc, const LexiconIndex& lex) {
  doc.phrases.assign(doc.sentences().size(), {});
  // Actors by name first; a common-noun alias counts where the document names its actor.
  std::vector<std::vector<PhraseMatch>> by_name(doc.sentences().size());
  std::set<int> named_here;
  for (std::size_t i = 0; i < doc.sentences().size(); ++i) {
    by_name[i] = find_all(lex.actors, doc.tokens_of(i));
    for (const auto& m : by_name[i]) named_here.insert(m.id);
  }
  std::map<std::string, int> last_of_kind;  // the last actor named of each kind, for "the company"
  for (std::size_t i = 0; i < doc.sentences().size(); ++i) {
    const auto tokens = doc.tokens_of(i);
    SentencePhrases& p = doc.phrases[i];
    std::vector<PhraseMatch> named = std::move(by_name[i]);
    for (const auto& m : find_all(lex.common_actors, tokens)) {
      const bool inside = std::any_of(named.begin(), named.end(), [&](const PhraseMatch& n) { return m.pos < n.pos + n.len && n.pos < m.pos + m.len; });
      if (named_here.count(m.id) && !inside) named.push_back(m);
    }
    std::sort(named.begin(), named.end(), [](const PhraseMatch& x, const PhraseMatch& y) { return x.pos < y.pos; });
    const auto generic = find_all(lex.generic, tokens);
    std::size_t g = 0;
    for (std::size_t a = 0; a <= named.size(); ++a) {
      // Generic phrases before this named actor refer to what came before it.
      while (g < generic.size() && (a == named.size() || generic[g].pos < named[a].pos)) {
        const bool overlaps = a < named.size() && generic[g].pos + generic[g].len > named[a].pos;
        const auto it = last_of_kind.find(lex.lexicon.references[static_cast<std::size_t>(generic[g].id)].kind);
        if (!overlaps && it != last_of_kind.end()) p.actors.push_back({generic[g].pos, generic[g].len, it->second});
        ++g;
      }
      if (a == named.size()) break;
      p.actors.push_back(named[a]);
      const std::string& kind = lex.actor_kinds[static_cast<std::size_t>(named[a].id)];
      if (!kind.empty()) last_of_kind[kind] = named[a].id;
    }
    std::sort(p.actors.begin(), p.actors.end(), [](const PhraseMatch& x, const PhraseMatch& y) { return x.pos < y.pos; });
    p.triggers = find_all(lex.triggers, tokens);
    p.follows = find_all(lex.follow, tokens);
    p.anchors = find_all(lex.anchors, tokens);
    p.intents = find_all(lex.intents, tokens);
    p.abandons = find_all(lex.abandons, tokens);
  }
}

}  // namespace kban
