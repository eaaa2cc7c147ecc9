// Entry of the right-to-left demo page: the same widgets, on a page written in Arabic.
import '../src/index.ts';
