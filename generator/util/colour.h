/* colour.h - sRGB colours written #rgb or #rrggbb, and their WCAG 2 contrast. */
#ifndef PLANSITE_COLOUR_H
#define PLANSITE_COLOUR_H

#include <stdbool.h>

/* Reads "#rgb" or "#rrggbb" into rgb (0-255 each). False, rgb untouched, for anything else. */
bool colour_parse(const char *s, int rgb[3]);

/* The WCAG 2 contrast ratio of two colours (1 to 21); 1 when either is not a colour. */
double colour_contrast(const char *a, const char *b);

#endif
