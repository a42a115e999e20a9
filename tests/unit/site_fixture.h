/* site_fixture.h - a complete accessibility: block for the site.yaml of unit-test content
 * trees, so that they report only what they test. */
#ifndef PLANSITE_TEST_SITE_FIXTURE_H
#define PLANSITE_TEST_SITE_FIXTURE_H

#define A11Y                                                                                       \
	"accessibility: {compliance: fully-compliant, prepared: 2019-09-01, "                      \
	"method: self-assessment, tested: 2019-08-15, "                                            \
	"contact_form: 'https://www.example.gov.uk/contact'}\n"

#endif
