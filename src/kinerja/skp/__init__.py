"""SKP drafts from IKI (PermenPANRB 6/2022, e-Kinerja BKN): pure mapping, no Django.

- :mod:`kinerja.skp.model`: what the mapping reads (an IKI row and its facts) and writes (an SKP row);
- :mod:`kinerja.skp.aspek`: the aspek (kuantitas / kualitas / waktu / biaya) proposed for an indicator;
- :mod:`kinerja.skp.rows`: IKI row → SKP row;
- :mod:`kinerja.skp.predikat`: the proposed predikat kinerja organisasi from a unit's capaian;
- :mod:`kinerja.skp.distribution`: the check of employees' ratings against the distribution guide;
- :mod:`kinerja.skp.render_xlsx`: the draft as an .xlsx in the e-Kinerja form's field order.

A draft, never a final SKP: behaviour (perilaku) and every rating stay human. See docs/skp.md.
"""
