// libxml2 without its ICU declarations: Debian's libxml2 is built with ICU, and its headers would
// then declare ICU's types (UErrorCode…) a second time beside Foundation's own ICU, which Swift
// refuses ("… is not present in definition of 'enum UErrorCode'"). bantin never touches the ICU
// fields (they are the last members of xmlCharEncodingHandler, reached only through pointers).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
