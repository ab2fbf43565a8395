/** Books of the Bible, for scripture references such as "Revelation 16:12". */
export const BOOKS = 'Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings|Chronicles|Ezra|Nehemiah|Esther|Job|Psalms?|Proverbs|Ecclesiastes|Song of Songs|Isaiah|Jeremiah|Lamentations|Ezekiel|Daniel|Hosea|Joel|Amos|Obadiah|Jonah|Micah|Nahum|Habakkuk|Zephaniah|Haggai|Zechariah|Malachi|Matthew|Mark|Luke|John|Acts|Romans|Corinthians|Galatians|Ephesians|Philippians|Colossians|Thessalonians|Timothy|Titus|Philemon|Hebrews|James|Peter|Jude|Revelations?';

/** The books as sermons and study notes shorten them, always before a chapter and verse: "Matt. 24:6", "2 Tim. 3:1", "Rev 13:16". */
export const BOOK_ABBREVIATIONS = 'Gen|Exod|Lev|Deut|Josh|Judg|Sam|Kgs|Chron|Neh|Esth|Psa?|Prov|Eccl|Isa|Jer|Lam|Ezek|Dan|Hos|Obad|Mic|Nah|Hab|Zeph|Hag|Zech|Mal|Matt|Rom|Cor|Gal|Eph|Phil|Col|Thess|Tim|Heb|Jas|Pet|Rev';
const BOOK_ABBREVIATION = new RegExp(`^(?:${BOOK_ABBREVIATIONS})$`);
/** Whether a word is a book's short name, whose stop ends no sentence: "Matt." in "Jesus warned in Matt. 24:6-7 that…". */
export const isBookAbbreviation = (word: string): boolean => BOOK_ABBREVIATION.test(word);

/** Books whose chapters foretell the end (Matthew 24 and Luke 21 are the Olivet discourse); "Mark" is too often a name. */
export const PROPHETIC_BOOK = '(?:Ezekiel|Daniel|Revelations?|Isaiah|Jeremiah|Zechariah|Zephaniah|Joel|Matthew|Luke)';

/**
 * "Ezekiel 38", "Revelation 16:12", "Ezekiel 38 and 39", "the Book of Daniel", "the Bible": scripture, which a sentence
 * may cite as it would a document.
 */
const PASSAGE = new RegExp(`^(?:the )?(?:(?:book|gospel) of )?(?:[1-3] )?(?:${BOOKS})(?: \\d{1,3}(?::\\d{1,3}(?:[-–]\\d{1,3})?)?(?:(?:,| and|,? and) \\d{1,3}(?::\\d{1,3})?)*)?$`, 'i');

/** Scripture as a whole: "the Bible", "Scripture", "the Quran". */
const WHOLE = /^(?:the )?(?:holy )?(?:bible|scriptures?|quran|koran|torah|gospels?|word of god)$/i;

export const isScripturePassage = (span: string): boolean => WHOLE.test(span.trim()) || (/\d|book|gospel/i.test(span) && PASSAGE.test(span.trim()));
