"""Thin Scrapy spiders."""
