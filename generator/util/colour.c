/* colour.c - see colour.h. */
#include "util/colour.h"

#include <ctype.h>
#include <math.h>
#include <string.h>

static int
hex_digit(char c)
{
	return isdigit((unsigned char)c) ? c - '0' : tolower((unsigned char)c) - 'a' + 10;
}

bool
colour_parse(const char *s, int rgb[3])
{
	size_t n = s ? strlen(s) : 0;
	if (n < 1 || s[0] != '#' || (n != 4 && n != 7))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!isxdigit((unsigned char)s[i]))
			return false;
	for (int k = 0; k < 3; k++)
		rgb[k] = n == 4 ? hex_digit(s[1 + k]) * 17
		                : hex_digit(s[1 + 2 * k]) * 16 + hex_digit(s[2 + 2 * k]);
	return true;
}

/* WCAG 2 relative luminance of one sRGB channel (0-255). */
static double
channel(int c)
{
	double s = c / 255.0;
	return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4);
}

static double
luminance(const int rgb[3])
{
	return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

double
colour_contrast(const char *a, const char *b)
{
	int x[3], y[3];
	if (!colour_parse(a, x) || !colour_parse(b, y))
		return 1;
	double la = luminance(x), lb = luminance(y);
	return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}
