#ifndef COMMITTEE_DOCS_CLIBXML2_SHIM_H
#define COMMITTEE_DOCS_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU; importing ICU's UErrorCode next to
// Foundation's gives "'UErrorCode' has different definitions". We never use
// libxml2's ICU encoders, so switch that part of the headers off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#include <libxml/catalog.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlreader.h>
#endif
