using GhgReports.Localization;

namespace GhgReports.ReportingPack;

/// <summary>
/// Renders the GHG report of a pack as a PDF in one language. The PDF engine lives elsewhere; the assembler calls it
/// once per language when one is given and lists its output in the manifest like any other file. To keep packs
/// reproducible, an implementation must give the same bytes for the same model: take every date it prints or embeds
/// (creation date, "as of") from <see cref="PackSnapshot.Date"/>, never from the clock.
/// </summary>
public interface IPackReportRenderer
{
    void Render(PackModel pack, Language language, Stream output, CancellationToken cancellationToken);
}
