using System.Runtime.InteropServices;

namespace GhgReports.Plan.Pdf;

/// <summary>
/// Cuts a font down to the characters a document uses, with HarfBuzz's hb_subset from the libHarfBuzzSharp native
/// library that SkiaSharp.HarfBuzz already ships (HarfBuzzSharp has no managed wrapper for it). Two reasons: Skia would
/// embed the whole 10 MB font, and it builds the PDF's ToUnicode map by reversing the cmap, so ideographs that share a
/// glyph with a Kangxi radical (气/⽓, 目/⽬) would extract as the radical. With only the used code points in the cmap the
/// reverse map is exact, and search and copy work.
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    // hb_memory_mode_t
    private const int MemoryModeReadOnly = 1;

    // hb_subset_flags_t: keep glyph names (post) and legacy name records, so viewers get a complete, well-formed font.
    private const uint FlagNameLegacy = 0x8;
    private const uint FlagGlyphNames = 0x80;

    // hb_subset_sets_t
    private const int SetDropTableTag = 3;
    private const int SetNameId = 4;
    private const int SetLayoutFeatureTag = 6;

    // The PDF draws glyphs by id with the advances of hmtx: nothing shapes text from the embedded font, so the layout
    // tables go, and with them the glyphs only their substitutions reach (vertical and localised forms: about 80 in the
    // seed plan's regular weight). Vertical metrics go too: the plan sets no vertical text.
    private static readonly string[] UnusedTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "STAT", "vhea", "vmtx", "VORG", "DSIG"];

    // Family, subfamily, unique id, full name, version, PostScript name: what a viewer shows and Skia names the font by.
    private static readonly uint[] KeptNameIds = [1, 2, 3, 4, 5, 6];

    private static readonly Lock FacesLock = new();
    private static readonly Dictionary<IntPtr, IntPtr> Faces = [];

    /// <summary>The subset font file, containing exactly <paramref name="codePoints"/> (plus .notdef).</summary>
    public static byte[] Subset(PlanFont font, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(codePoints);
        var face = FaceOf(font);
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("hb_subset_input_create_or_fail returned null.");
        }
        try
        {
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codePoint in codePoints)
            {
                hb_set_add(unicodes, (uint)codePoint);
            }
            var names = hb_subset_input_set(input, SetNameId);
            hb_set_clear(names);
            foreach (var id in KeptNameIds)
            {
                hb_set_add(names, id);
            }
            hb_set_clear(hb_subset_input_set(input, SetLayoutFeatureTag));
            var dropped = hb_subset_input_set(input, SetDropTableTag);
            foreach (var tag in UnusedTables)
            {
                hb_set_add(dropped, Tag(tag));
            }
            hb_subset_input_set_flags(input, FlagNameLegacy | FlagGlyphNames);
            var subset = hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero)
            {
                throw new InvalidOperationException($"hb_subset_or_fail could not subset '{font.Name}'.");
            }
            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    hb_blob_destroy(blob);
                }
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    private static uint Tag(string tag) => (uint)tag[0] << 24 | (uint)tag[1] << 16 | (uint)tag[2] << 8 | tag[3];

    // One HarfBuzz face per font for the life of the process: faces are immutable and safe to share between threads,
    // and parsing the 10 MB file once is what keeps a subset at tens of milliseconds.
    private static IntPtr FaceOf(PlanFont font)
    {
        lock (FacesLock)
        {
            if (!Faces.TryGetValue(font.Data, out var face))
            {
                var blob = hb_blob_create(font.Data, (uint)font.Length, MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
                face = hb_face_create(blob, 0);
                hb_blob_destroy(blob);
                Faces[font.Data] = face;
            }
            return face;
        }
    }

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_create(IntPtr blob, uint index);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codePoint);

    [LibraryImport(Library)]
    private static partial void hb_set_clear(IntPtr set);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr source, IntPtr input);
}
