#include "text/stopwords.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "base/flat_hash_map.h"
#include "text/tokenizer.h"

namespace precis::text {
namespace {

struct LanguageEntry {
  const char* code;
  const char* snowball;
  const char* words;  // space-separated, case-folded
};

// Function words only: articles, pronouns, auxiliaries, prepositions, conjunctions, and the most
// frequent adverbs. Content words never appear here, so concept weights keep every fact.
constexpr LanguageEntry kLanguages[] = {
    {"en", "english",
     "a about above after again against all also am an and any are aren't as at be because been "
     "before being below between both but by can can't cannot could couldn't did didn't do does "
     "doesn't doing don't down during each few for from further had hadn't has hasn't have haven't "
     "having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll "
     "i'm i've if in into is isn't it it's its itself just let's me more most mustn't my myself no "
     "nor not now of off on once only or other ought our ours ourselves out over own same shan't "
     "she she'd she'll she's should shouldn't so some such than that that's the their theirs them "
     "themselves then there there's these they they'd they'll they're they've this those through "
     "to too under until up upon us very was wasn't we we'd we'll we're we've were weren't what "
     "what's when when's where where's which while who who's whom whose why why's will with won't "
     "would wouldn't you you'd you'll you're you've your yours yourself yourselves s t d ll m re "
     "ve "
     "said says say also would could may might must shall one"},
    {"de", "german",
     "aber alle allem allen aller alles als also am an ander andere anderem anderen anderer "
     "anderes auch auf aus bei bin bis bist da damit dann das dass dem den denn der des dich die "
     "dies diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer "
     "eines er es etwas euch euer für gegen gewesen hab habe haben hat hatte hatten hier hin "
     "hinter ich ihm ihn ihnen ihr ihre im in indem ins ist jede jedem jeden jeder jetzt kann kein "
     "keine können man mein meine mich mir mit muss nach nicht nichts noch nun nur ob oder ohne "
     "sehr sein seine sich sie sind so solche soll sondern sonst über um und uns unser unter viel "
     "vom von vor war waren warst was weil weiter welche wenn wer werde werden wie wieder will wir "
     "wird wo wollen würde zu zum zur zwar zwischen"},
    {"fr", "french",
     "au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me "
     "même "
     "mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi "
     "ton tu un une vos votre vous c d j l à m n s t y été étée être avait avaient avons ont sont "
     "est était cette cet comme aussi plus très sans sous entre depuis selon où dont si tout tous"},
    {"es", "spanish",
     "de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o "
     "este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo "
     "nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué "
     "unos "
     "yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas "
     "algunas algo nosotros es son fue ha han era sido"},
    {"it", "italian",
     "ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla "
     "dalle di del dello dei degli dell degl della delle in nel nello nei negli nell negl nella "
     "nelle su sul sullo sui sugli sull sugl sulla sulle per tra contro io tu lui lei noi voi loro "
     "mio mia miei mie tuo tua suo sua nostro vostro ci vi li gli la il lo le un uno una ma ed se "
     "perché anche come dov dove che chi cui non più quale quanto quello questo sono è era ha "
     "hanno "
     "essere stato fa e o"},
    {"pt", "portuguese",
     "de a o que e do da em um para com não uma os no se na por mais as dos como mas ao ele das à "
     "seu sua ou quando muito nos já eu também só pelo pela até isso ela entre depois sem mesmo "
     "aos "
     "seus quem nas me esse eles você essa num nem suas meu às minha numa pelos elas qual nós lhe "
     "deles essas esses pelas este dele tu te vocês vos lhes meus minhas é foi são ser tem há"},
    {"nl", "dutch",
     "de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om "
     "hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar "
     "naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al "
     "waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd "
     "altijd"},
    {"sv", "swedish",
     "och det att i en jag hon som han på den med var sig för så till är men ett om hade de av "
     "icke mig du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något "
     "från ut när efter upp vi dem vara vad över än dig kan sina här ha mot alla under någon eller "
     "allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt ni bli blev oss"},
    {"da", "danish",
     "og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi "
     "min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her "
     "alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette "
     "mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle "
     "hos"},
    {"no", "norwegian",
     "og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg men ett "
     "har om vi min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor "
     "eller hva skal selv sjøl her alle vil bli ble blei blitt kunne inn når være kom noen noe "
     "ville dere deres kun ja etter ned skulle denne for deg si sine sitt mot å meget hvorfor "
     "dette"},
    {"fi", "finnish",
     "olla olen olet on olemme olette ovat ole oli olisi ollut ei en et emme ette eivät minä sinä "
     "hän me te he tämä tuo se nämä nuo ne mikä mitkä kuka ketkä joka jotka että ja jos koska kuin "
     "mutta niin sekä sillä tai vaan vai vaikka kanssa mukaan noin poikki yli kun niin nyt itse"},
    {"ru", "russian",
     "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее "
     "мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был "
     "него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо "
     "ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто "
     "этот"},
    {"ro", "romanian",
     "și si în in de la cu pe care este a al ale ai un o unei unui că ca nu se din pentru mai au "
     "fost sunt sau dar acest această aceasta acesta lui ei el ea ce cum iar după dupa până pana "
     "prin fără fara despre între intre le lor îi ii mă ne vă va fi fie avea are aveau această "
     "acestea acești aceste cel cea cei cele spus a spus"},
    {"hu", "hungarian",
     "a az és hogy nem is egy van volt meg de már csak mint még el ki be fel le ez azt ezt pedig "
     "vagy mert kell lesz sem által között után szerint ő ők én te mi ti azok ezek amely amelyek "
     "aki akik ami amit ahol mely is ha majd most így úgy nagyon minden volt lett lehet"},
    {"tr", "turkish",
     "ve bir bu da de için ile çok daha gibi ama olarak olan ne o şu her en kadar sonra ise mi mı "
     "mu mü değil veya ancak diye göre tarafından bunun onun ki ya hem bile artık ayrıca sadece "
     "önce karşı arasında üzerinde içinde olduğu olduğunu etti eden dedi"},
    {"id", "indonesian",
     "yang dan di ke dari ini itu dengan untuk tidak pada adalah dalam akan juga oleh atau karena "
     "sudah telah ada mereka kami kita saya ia dia bahwa seperti namun tetapi bisa lebih para "
     "sebagai saat setelah sebelum hingga kepada bagi tersebut menurut antara serta masih harus "
     "dapat belum hanya ujar kata"},
    {"ca", "catalan",
     "el la els les de del dels i que a en per amb un una no es és al als va van ha han són més "
     "però com aquest aquesta aquests aquestes seu seva seus seves ja també pel pels sobre entre "
     "fins quan on qui què hi ho li ens us se sense després abans perquè era eren"},
    {"eu", "basque",
     "eta da ez bat ere du dira zen ziren baina edo hori hau hura bere ditu dute zuen zuten izan "
     "egin behar gehiago oso baino beste dela duela zela zuela ondoren arte bezala gisa batean "
     "horren honen hauek horiek"},
    {"lt", "lithuanian",
     "ir yra kad su iš į ne bet o ar kaip jis ji jie jos tai buvo bus per nuo iki po apie dėl už "
     "prie kuris kuri kurie kurios taip jau dar tik savo jo jų šis ši tas ta kas kur nes arba "
     "būti yra buvo teigė sakė"},
    {"ga", "irish",
     "agus an na ar a le is go ag i sa ach ní níl tá bhí sé sí siad mé tú do de ó faoi leis seo "
     "sin atá nach gur mar ina don den chun trí roimh tar éis bheith"},
    {"sr", "serbian",
     "i u je da se na za su od sa koji koja koje ne a ali to kao iz o će bi bio bila po ili što "
     "ova ovaj ovo taj ta to njegov njen njih on ona oni još samo već kada gde kako jer prema "
     "и у је да се на за су од са који која које не а али то као из о ће би био била по или "
     "што ова овај ово тај та њихов он она они још само већ када где како јер према"},
    {"el", "greek",
     "και το η ο να του της με σε για από τα οι των την τον που δεν θα είναι στο στην στη στον "
     "στα στις ως ότι αλλά μια ένα ένας μιας ενός αυτό αυτή αυτός αυτά ή όπως μετά πριν έχει "
     "έχουν ήταν είχε κατά προς μέχρι όμως επίσης δήλωσε"},
    {"hy", "armenian",
     "և եւ է են որ այդ այս նա մի իր էր էին հետ համար մեջ չի ու կամ բայց նաև նրա նրանք որը "
     "որոնք այն ինչ ինչպես երբ մինչև մասին վրա պետք ասել"},
    {"ar", "arabic",
     "في من على إلى الى عن أن ان إن التي الذي الذين هذا هذه مع كان كانت لم لا ما وقال قال و أو "
     "او بعد قبل كما ذلك تلك عند بين حتى منذ وفي هو هي هم وأن ولا وقد قد لن إذا اذا ثم كل أي "
     "غير أيضا ايضا عليه فيه لها له به"},
    {"hi", "hindi",
     "का के की है में और को से ने यह वह पर हैं था थे थी भी कि एक लिए तो ही या जो कर किया हो इस "
     "उस गया गई रहा रही रहे कहा इसके उसके अपने साथ बाद तक नहीं लेकिन हुए हुआ होने वाले"},
    {"ne", "nepali",
     "र को का की मा छ छन् पनि यो त्यो भएको गरेको लागि गर्न हो थियो ले बाट एक तथा भने गरे "
     "भन्ने उनले उनी हुने रहेको गरेका भएका सबै अनि तर वा"},
    {"ta", "tamil",
     "மற்றும் ஒரு என்று இந்த அந்த உள்ள அவர் இது அது என போது மேலும் ஆனால் கொண்டு பின்னர் "
     "அல்லது இருந்து வரை மீது பற்றி அவர்கள் நான் நாங்கள் தான் உம் இல்லை"},
    {"yi", "yiddish",
     "און דער די דאָס דאס איז אין פֿון פון צו מיט ער זי ניט נישט אַ א אויף ווי וואָס וואס "
     "אַז אז זיך האָט האט זײַנען זיינען געווען ביי נאָך נאך"},
    // Chinese and Japanese, as ICU's dictionary cuts their words (text/tokenizer.h); Snowball has
    // no stemmer for them, so words are matched as written.
    {"zh", "",
     "的 了 是 在 和 与 及 或 而 但 并 也 都 就 还 又 很 更 最 不 没 没有 被 把 对 从 向 于 为 以 "
     "将 由 等 之 其 这 那 这个 那个 这些 那些 此 该 我 你 他 她 它 我们 你们 他们 她们 它们 自己 "
     "个 一个 上 中 下 里 会 能 要 可以 可能 已经 已 曾 正在 因为 所以 如果 虽然 但是 以及 由于 "
     "对于 关于 根据 通过 并且 因此 然而 说 表示 称 有 着 过 吗 呢 吧 地 得 所 让 给 跟 同 比 到 "
     "去 来 這 這個 這些 們 個 為 將 與 對 從 會 說 於 沒有 他們 我們 她們 已經 因為 還 過 讓 給 "
     "來 裡 該 他的 她的 我的 它的 我们的 他们的 其他 这项 这一 这种 此外 以来 之后 之前 以后 "
     "目前 将会 并未 如何 什么 为何 一些 所有 其中 各 每 他們的 這項"},
    {"ja", "",
     "の に は を が と で も た て し だ です ます する した して いる いた ある あった れる "
     "られる "
     "なる なっ なった こと もの ため よう この その あの これ それ あれ から まで より へ や か "
     "な "
     "ない ず など として について による により において また および 及び さらに しかし ただし "
     "そして では でも には とは という といった ので のに ば ね よ い う さ れ"},
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

// Every stop word with the set of languages (bit i = kLanguages[i]) it belongs to: one lookup,
// without allocation, answers for all languages.
struct StopwordTables {
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> languages_of;
  U64Map mask_by_hash;  // HashFoldedWord -> languages mask
  std::vector<std::string> codes;
  StopwordTables() {
    for (size_t l = 0; l < std::size(kLanguages); ++l) {
      const LanguageEntry& e = kLanguages[l];
      codes.emplace_back(e.code);
      std::string_view all(e.words);
      size_t pos = 0;
      while (pos < all.size()) {
        size_t sp = all.find(' ', pos);
        if (sp == std::string_view::npos) sp = all.size();
        if (sp > pos) languages_of[std::string(all.substr(pos, sp - pos))] |= 1u << l;
        pos = sp + 1;
      }
    }
    for (const auto& [word, mask] : languages_of) {
      bool inserted;
      mask_by_hash.FindOrInsert(HashFoldedWord(word), mask, &inserted);
    }
  }
  uint32_t MaskByHash(uint64_t hash) const {
    const uint32_t* mask = mask_by_hash.Find(hash);
    return mask ? *mask : 0;
  }
  uint32_t Mask(std::string_view word) const {
    auto it = languages_of.find(word);
    return it == languages_of.end() ? 0 : it->second;
  }
};

const StopwordTables& Tables() {
  static const StopwordTables tables;
  return tables;
}

int LanguageIndex(std::string_view code) {
  const auto& codes = Tables().codes;
  for (size_t i = 0; i < codes.size(); ++i) {
    if (codes[i] == code) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

const std::vector<std::string>& SupportedLanguages() { return Tables().codes; }

std::string_view SnowballAlgorithm(std::string_view language) {
  int i = LanguageIndex(language);
  return i < 0 ? std::string_view() : std::string_view(kLanguages[i].snowball);
}

bool IsStopword(std::string_view language, std::string_view folded) {
  int i = LanguageIndex(language);
  return i >= 0 && (Tables().Mask(folded) >> i & 1u);
}

bool IsEnglishStopword(std::string_view folded) { return Tables().Mask(folded) & 1u; }

std::string DetectLanguage(std::string_view text, bool* confident) {
  std::vector<Token> tokens;
  size_t cut = std::min<size_t>(text.size(), 3000);
  while (cut < text.size() && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut;
  Tokenize(text.substr(0, cut), &tokens);
  std::vector<uint64_t> hashes;
  std::string folded;
  for (const Token& t : tokens) {
    if (!t.is_word_like()) continue;
    FoldToken(t.text(text), &folded);
    hashes.push_back(HashFoldedWord(folded));
  }
  return DetectLanguage(text, tokens, hashes, confident);
}

std::string DetectLanguage(std::string_view text, const std::vector<Token>& tokens,
                           const std::vector<uint64_t>& word_hashes, bool* confident) {
  bool by_words = false;
  std::string language = DetectLanguage(word_hashes, &by_words);
  if (!by_words) {
    bool shared = false;
    std::string by_script = LanguageOfScript(text, tokens, &shared);
    if (!by_script.empty()) {
      language = std::move(by_script);
      by_words = !shared;
    }
  }
  if (confident) *confident = by_words;
  return language;
}

std::string LanguageOfScript(std::string_view text, const std::vector<Token>& tokens,
                             bool* shared) {
  constexpr size_t kWords = 400;
  size_t words = 0, greek = 0, armenian = 0, tamil = 0, han = 0, kana = 0;
  size_t cyrillic = 0, arabic = 0, devanagari = 0;
  if (shared) *shared = false;
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kWord) continue;
    if (++words > kWords) break;
    const auto* p = reinterpret_cast<const uint8_t*>(text.data());
    int32_t i = static_cast<int32_t>(t.begin);
    UChar32 c;
    U8_NEXT(p, i, static_cast<int32_t>(t.end), c);
    if (c < 0x0370) continue;  // Latin: most words of most texts
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
      case USCRIPT_GREEK:
        ++greek;
        break;
      case USCRIPT_ARMENIAN:
        ++armenian;
        break;
      case USCRIPT_TAMIL:
        ++tamil;
        break;
      case USCRIPT_HAN:
        ++han;
        break;
      case USCRIPT_HIRAGANA:
      case USCRIPT_KATAKANA:
        ++kana;
        break;
      case USCRIPT_CYRILLIC:
        ++cyrillic;
        break;
      case USCRIPT_ARABIC:
        ++arabic;
        break;
      case USCRIPT_DEVANAGARI:
        ++devanagari;
        break;
      default:
        break;
    }
  }
  words = std::min(words, kWords);
  if (words < 3) return "";
  auto most = [&](size_t n) { return n * 10 >= words * 6; };  // 60% of the words
  if (most(greek)) return "el";
  if (most(armenian)) return "hy";
  if (most(tamil)) return "ta";
  // Japanese writes its particles and endings in kana between Chinese characters.
  if (most(han + kana)) return kana * 10 >= words ? "ja" : (kana == 0 ? "zh" : "");
  // Shared scripts: the language with a Snowball stemmer that writes most of the news in them
  // (Serbian, Ukrainian, Persian, Urdu, Nepali and Marathi are the others).
  const char* likeliest = most(cyrillic)     ? "ru"
                          : most(arabic)     ? "ar"
                          : most(devanagari) ? "hi"
                                             : nullptr;
  if (!likeliest) return "";
  if (shared) *shared = true;
  return likeliest;
}

std::string DetectLanguage(const std::vector<uint64_t>& word_hashes, bool* confident,
                           size_t max_words) {
  const auto& tables = Tables();
  std::vector<int> hits(tables.codes.size(), 0);
  std::vector<uint32_t> masks;  // of the stop words read, for the tie-break below
  int words = 0;
  for (uint64_t h : word_hashes) {
    if (static_cast<size_t>(words) >= max_words) break;
    ++words;
    uint32_t mask = tables.MaskByHash(h);
    if (mask != 0) masks.push_back(mask);
    for (size_t l = 0; mask; ++l, mask >>= 1) hits[l] += mask & 1u;
  }
  size_t best = 0, second = 0;
  for (size_t l = 1; l < hits.size(); ++l) {
    if (hits[l] > hits[best]) {
      second = best;
      best = l;
    } else if (l != best && (second == best || hits[l] > hits[second])) {
      second = l;
    }
  }
  // Close languages share their commonest function words (Spanish and Catalan: el, la, que, de):
  // when the two leaders are near, the words only one of them has decide, and must do so clearly.
  bool apart = best == second || hits[best] >= hits[second] * 3 / 2;
  if (!apart) {
    int only_best = 0, only_second = 0;
    for (uint32_t mask : masks) {
      const bool in_best = mask >> best & 1u, in_second = mask >> second & 1u;
      only_best += in_best && !in_second;
      only_second += in_second && !in_best;
    }
    if (only_second > only_best) std::swap(best, second);
    const int high = std::max(only_best, only_second), low = std::min(only_best, only_second);
    apart = high >= 3 && high >= low * 2;
  }
  // ICU's dictionary joins many Chinese function words into compounds (他的, 这项), so fewer of
  // its words are stop words; no text in another language has them at all.
  const int min_percent = std::string_view(tables.codes[best]) == "zh" ? 6 : 15;
  const bool clear = words >= 20 && hits[best] * 100 >= words * min_percent && apart;
  if (confident) *confident = clear;
  return clear ? tables.codes[best] : "en";
}

}  // namespace precis::text
