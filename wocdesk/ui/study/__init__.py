"""Study aids in the reader window: pinyin as ruby, word lookup, aligned sentences, vocabulary."""
