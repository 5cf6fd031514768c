/*
 * A stand-in for Windows' bcryptprimitives.dll, for running Casefile.exe
 * under Wine 8 (Debian 12's) in scripts/package-test.sh only; it is never
 * shipped. Go programs since Go 1.24 take their random numbers from
 * ProcessPrng in bcryptprimitives.dll, which every Windows 10 and later
 * has and Wine gained only in version 9: without it the program stops
 * before main ("bcryptprimitives.dll not found"). This one asks bcrypt,
 * which Wine 8 has, for the same system random numbers.
 */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	/* BCryptGenRandom takes a ULONG: fill larger requests in pieces. */
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (BCryptGenRandom(NULL, data, n, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
