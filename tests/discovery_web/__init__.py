"""A development web for tuning link discovery: small comune and ambito sites in the CMS families
real ones use, with the pages that hold ambito facts hidden as real sites hide them.

This is the web discovery was tuned on, not the frozen one it is measured on (tests/simweb/).
"""
