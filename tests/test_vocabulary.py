"""Coverage of the language resources on typical sentences of both presses: an accident, a disaster,
an attack, a protest, an arrest or a sanction worded the Bangladeshi way and the West Bengal way yields
one event of the right type and mode; a town told under its district or country is found; a date told
relative to publication resolves; a toll keeps its qualifier. Tables, so that a change to a resource
that loses a common wording fails here (found by probing the pipeline in the twenty-third session).

Not covered yet, and not asserted: a house that falls (ভেঙে পড়ে needs an aircraft's, an old or tall
building's, a roof's, balcony's, wall's or bridge's cue; in a storm the storm is the event), a dharna, a court's ordered sentence (কারাদণ্ডের নির্দেশ, read as a
future order).
"""
from __future__ import annotations

import datetime as dt

import pytest

import ghotona


def _every_event(text: str) -> list:
    """The events of ``text`` in a paper of 31 December 2025, rules only (no confidence filter)."""
    return ghotona.extract(text, published="2025-12-31", options=ghotona.Options(min_confidence=0))


ACCIDENTS_AND_DISASTERS = [
    ('সড়ক দুর্ঘটনায়', 'ACCIDENT', 'road'),
    ('বাসচাপায়', 'ACCIDENT', 'road'),
    ('বাস চাপায়', 'ACCIDENT', 'road'),
    ('ট্রাকচাপায়', 'ACCIDENT', 'road'),
    ('ট্রাকের চাপায়', 'ACCIDENT', 'road'),
    ('ট্রেনে কাটা পড়ে', 'ACCIDENT', 'rail'),
    ('ট্রেনের ধাক্কায়', 'ACCIDENT', 'rail'),
    ('মোটরসাইকেল দুর্ঘটনায়', 'ACCIDENT', 'road'),
    ('অটোরিকশা উল্টে', 'ACCIDENT', 'road'),
    ('বাস খাদে পড়ে', 'ACCIDENT', 'road'),
    ('পানিতে ডুবে', 'ACCIDENT', 'drowning'),
    ('নদীতে ডুবে', 'ACCIDENT', 'drowning'),
    ('পুকুরে ডুবে', 'ACCIDENT', 'drowning'),
    ('নৌকাডুবিতে', 'ACCIDENT', 'water'),
    ('লঞ্চডুবিতে', 'ACCIDENT', 'water'),
    ('ট্রলারডুবিতে', 'ACCIDENT', 'water'),
    ('বজ্রপাতে', 'DISASTER', 'lightning'),
    ('বজ্রপাতে মৃত্যু', 'DISASTER', 'lightning'),
    ('অগ্নিকাণ্ডে', 'ACCIDENT', 'fire'),
    ('আগুনে পুড়ে', 'ACCIDENT', 'fire'),
    ('ভবন ধসে', 'ACCIDENT', 'building-collapse'),
    ('দেয়াল ধসে', 'ACCIDENT', 'building-collapse'),
    ('গ্যাস বিস্ফোরণে', 'ACCIDENT', 'other'),
    ('সিলিন্ডার বিস্ফোরণে', 'ACCIDENT', 'other'),
    ('বয়লার বিস্ফোরণে', 'ACCIDENT', 'other'),
    ('বিদ্যুৎস্পৃষ্ট হয়ে', 'ACCIDENT', 'electrocution'),
    ('বিদ্যুতায়িত হয়ে', 'ACCIDENT', 'electrocution'),
    ('শৈত্যপ্রবাহে', 'DISASTER', 'coldwave'),
    ('ঘূর্ণিঝড়ে', 'DISASTER', 'cyclone'),
    ('বন্যায়', 'DISASTER', 'flood'),
    ('পাহাড়ধসে', 'DISASTER', 'landslide'),
    ('ভূমিধসে', 'DISASTER', 'landslide'),
    ('ভূমিকম্পে', 'DISASTER', 'earthquake'),
    ('তাপপ্রবাহে', 'DISASTER', 'heatwave'),
    ('সাপের কামড়ে', 'ACCIDENT', 'other'),
    ('হাতির আক্রমণে', 'ACCIDENT', 'other'),
    ('গাছ চাপা পড়ে', 'ACCIDENT', 'other'),
    ('পিকআপের ধাক্কায়', 'ACCIDENT', 'road'),
    ('কাভার্ড ভ্যানের চাপায়', 'ACCIDENT', 'road'),
    ('সিএনজির ধাক্কায়', 'ACCIDENT', 'road'),
    ('ট্রেন লাইনচ্যুত হয়ে', 'ACCIDENT', 'rail'),
    ('বিমান বিধ্বস্ত হয়ে', 'ACCIDENT', 'air'),
    ('হেলিকপ্টার বিধ্বস্ত হয়ে', 'ACCIDENT', 'air'),
    ('নৌকা উল্টে', 'ACCIDENT', 'water'),
    ('ঢলে', 'DISASTER', 'flood'),
    ('পাহাড়ি ঢলে', 'DISASTER', 'flood'),
    ('কালবৈশাখী ঝড়ে', 'DISASTER', 'storm'),
    ('টর্নেডোতে', 'DISASTER', 'storm'),
    ('জলোচ্ছ্বাসে', 'DISASTER', 'tidal-surge'),
    ('খাদ্যে বিষক্রিয়ায়', 'ACCIDENT', 'other'),
    ('বিষাক্ত মদ পানে', 'ACCIDENT', 'other'),
    ('পথ দুর্ঘটনায়', 'ACCIDENT', 'road'),
    ('লরির ধাক্কায়', 'ACCIDENT', 'road'),
    ('ট্রেকার উল্টে', 'ACCIDENT', 'road'),
    ('মোটরবাইক দুর্ঘটনায়', 'ACCIDENT', 'road'),
    ('বাস উল্টে', 'ACCIDENT', 'road'),
    ('জলে ডুবে', 'ACCIDENT', 'drowning'),
    ('নদীতে তলিয়ে', 'ACCIDENT', 'drowning'),
    ('পুকুরের জলে ডুবে', 'ACCIDENT', 'drowning'),
    ('তড়িদাহত হয়ে', 'ACCIDENT', 'electrocution'),
    ('বিদ্যুৎপৃষ্ট হয়ে', 'ACCIDENT', 'electrocution'),
    ('বাজ পড়ে', 'DISASTER', 'lightning'),
    ('সাপের ছোবলে', 'ACCIDENT', 'other'),
    ('হাতির হানায়', 'ACCIDENT', 'other'),
    ('ঝড়ে গাছ পড়ে', 'DISASTER', 'storm'),
    ('আগুন লেগে', 'ACCIDENT', 'fire'),
    ('বিষমদ খেয়ে', 'ACCIDENT', 'other'),
    ('খনিতে ধস নেমে', 'ACCIDENT', 'building-collapse'),
    ('ডাম্পারের ধাক্কায়', 'ACCIDENT', 'road'),
    ('ট্রাক্টরের ধাক্কায়', 'ACCIDENT', 'road'),
    ('অটোর ধাক্কায়', 'ACCIDENT', 'road'),
    ('টোটো উল্টে', 'ACCIDENT', 'road'),
    ('বাসের চাকায় পিষ্ট হয়ে', 'ACCIDENT', 'road'),
    ('বাজি কারখানায় বিস্ফোরণে', 'ACCIDENT', 'other'),
    ('শর্ট সার্কিট থেকে আগুন লেগে', 'ACCIDENT', 'fire'),
    ('প্রচণ্ড শীতে', 'DISASTER', 'coldwave'),
    ('ঠান্ডায়', 'DISASTER', 'coldwave'),
    ('ঠাণ্ডায় কাবু হয়ে', 'DISASTER', 'coldwave'),
    ('তীব্র গরমে', 'DISASTER', 'heatwave'),
    ('হিটস্ট্রোকে', 'DISASTER', 'heatwave'),
    ('হিট স্ট্রোকে', 'DISASTER', 'heatwave'),
    ('চোলাই মদ খেয়ে', 'ACCIDENT', 'other'),
    ('মাটিচাপা পড়ে', 'ACCIDENT', 'building-collapse'),
    ('পাহাড়ের মাটি চাপা পড়ে', 'DISASTER', 'landslide'),
    ('গ্যাস সিলিন্ডার ফেটে', 'ACCIDENT', 'other'),
    ('বয়লার ফেটে', 'ACCIDENT', 'other'),
    ('বৈদ্যুতিক তারে জড়িয়ে', 'ACCIDENT', 'electrocution'),
    ('বিদ্যুতের তারের সংস্পর্শে এসে', 'ACCIDENT', 'electrocution'),
    ('হাইটেনশন তারে ছোঁয়া লেগে', 'ACCIDENT', 'electrocution'),
    ('গোসলে নেমে', 'ACCIDENT', 'drowning'),
    ('পুকুরের পানিতে পড়ে', 'ACCIDENT', 'drowning'),
    ('ডোবায় পড়ে', 'ACCIDENT', 'drowning'),
    ('নির্মাণাধীন ভবন থেকে পড়ে', 'ACCIDENT', 'other'),
    ('বিষাক্ত মদপানে', 'ACCIDENT', 'other'),
    ('নির্মীয়মাণ বহুতল ভেঙে পড়ে', 'ACCIDENT', 'building-collapse'),
    ('স্পিডবোট উল্টে', 'ACCIDENT', 'water'),
    ('ভুটভুটি উল্টে', 'ACCIDENT', 'water'),
    ('মালগাড়ির ধাক্কায়', 'ACCIDENT', 'rail'),
    ('হড়পা বানে ভেসে গিয়ে', 'DISASTER', 'flood'),
    ('ধসে চাপা পড়ে', 'DISASTER', 'landslide'),
    ('বন্যার পানিতে ডুবে', 'DISASTER', 'flood'),
    ('কালবৈশাখী ঝড়ে গাছ চাপা পড়ে', 'DISASTER', 'storm'),
]


@pytest.mark.parametrize("cause, event_type, mode", ACCIDENTS_AND_DISASTERS)
def test_a_cause_of_death_names_its_accident_or_disaster(cause, event_type, mode):
    events = _every_event(f"বুধবার গাজীপুরে {cause} দুই জন নিহত হয়েছেন।")
    assert [(e.event_type, e.mode) for e in events] == [(event_type, mode)]


SENTENCES = [
    ('বুধবার কলকাতায় পুলিশ লাঠি চার্জ করে।', 'ASSAULT', 'crowd-control'),
    ('বুধবার কলকাতায় পরিস্থিতি সামাল দিতে পুলিশ লাঠি চালায়।', 'ASSAULT', 'crowd-control'),
    ('বুধবার কলকাতায় পুলিশ কাঁদানো গ্যাসের শেল ফাটায়।', 'ASSAULT', 'crowd-control'),
    ('বুধবার কলকাতায় বিক্ষোভকারীদের উপর জলকামান ব্যবহার করে পুলিশ।', 'ASSAULT', 'crowd-control'),
    ('বুধবার কলকাতায় বনধ পালিত হয়েছে।', 'PROTEST', 'strike'),
    ('বুধবার কলকাতায় পথ অবরোধ করেন বাসিন্দারা।', 'PROTEST', 'obstruct'),
    ('বুধবার কলকাতায় রেল অবরোধ করে সমর্থকেরা।', 'PROTEST', 'obstruct'),
    ('বুধবার কলকাতায় থানা ঘেরাও করেন গ্রামবাসীরা।', 'PROTEST', 'obstruct'),
    ('বুধবার কলকাতায় দুষ্কৃতীদের ছোড়া বোমায় জখম হন দুই জন।', 'ASSAULT', 'explosives'),
    ('বুধবার কলকাতায় এক যুবককে কুপিয়ে খুন করা হয়েছে।', 'ASSAULT', 'primitive'),
    ('বুধবার কলকাতায় এক তৃণমূল কর্মীকে গুলি করে মারা হয়।', 'ASSAULT', 'firearms'),
    ('বুধবার কলকাতায় এক ব্যবসায়ীকে অপহরণ করা হয়েছে।', 'ASSAULT', 'abduct'),
    ('বুধবার কলকাতায় পুলিশ তিন জনকে পাকড়াও করে।', 'COERCE', 'arrest'),
    # (brickbats between two sides are the clash: probe article BD2-13)
    ('বুধবার কলকাতায় দুই পক্ষের মধ্যে ইটপাটকেল নিক্ষেপ হয়।', 'ASSAULT', None),
    # (a balcony or bridge that fell in: probe article WB2-17)
    ('সোমবার রাতে কলকাতায় পুরনো বাড়ির বারান্দা ভেঙে পড়ে এক বৃদ্ধার মৃত্যু হয়েছে।', 'ACCIDENT', 'building-collapse'),
    ('বুধবার কাটোয়ায় একটি বাঁশের সাঁকো ভেঙে পড়ে দুই জন জখম হন।', 'ACCIDENT', 'building-collapse'),
    # (a river's erosion: probe articles WB2-18, BD2-06)
    ('সোমবার রাতভর গঙ্গার ভাঙনে শমসেরগঞ্জে ১৫টি বাড়ি নদীগর্ভে তলিয়ে গিয়েছে।', 'DISASTER', None),
    # (a fall from a palm or a height: probe article BD2-16)
    ('মঙ্গলবার রানীনগরে খেজুরগাছ থেকে পড়ে এক গাছির মৃত্যু হয়েছে।', 'ACCIDENT', 'other'),
    ('বুধবার কলকাতায় তিন দুষ্কৃতী ধৃত।', 'COERCE', 'arrest'),
    ('বুধবার কলকাতায় এক গৃহবধূকে পুড়িয়ে মারার অভিযোগ উঠেছে।', 'ASSAULT', 'primitive'),
    ('বুধবার কলকাতায় এক মহিলাকে ধর্ষণ করা হয়।', 'ASSAULT', 'sexual'),
    ('বুধবার কলকাতায় এক মহিলার শ্লীলতাহানি করা হয়।', 'ASSAULT', 'sexual'),
    ('বুধবার কলকাতায় দুই গোষ্ঠীর মধ্যে সংঘর্ষ হয়েছে।', 'ASSAULT', None),
    ('বুধবার কলকাতায় পার্টি অফিসে আগুন ধরিয়ে দেয় দুষ্কৃতীরা।', 'ASSAULT', 'destroy'),
    ('বুধবার কলকাতায় একটি দোকানে লুঠপাট চালানো হয়।', 'ASSAULT', 'destroy'),
    ('বুধবার কলকাতায় একটি বাসে ভাঙচুর চালায় জনতা।', 'ASSAULT', 'destroy'),
    ('বুধবার কলকাতায় গণধোলাইয়ে এক চোরের মৃত্যু হয়েছে।', 'ASSAULT', 'beat'),
    ('বুধবার কলকাতায় তল্লাশি চালিয়ে অস্ত্র উদ্ধার করেছে পুলিশ।', 'COERCE', 'seize'),
    ('বুধবার কলকাতায় সিপিএমের মিছিল বেরোয়।', 'PROTEST', 'demo'),
    ('বুধবার কলকাতায় শিক্ষকেরা অনশন শুরু করেছেন।', 'PROTEST', 'hunger'),
    ('বুধবার কলকাতায় কর্মবিরতি পালন করেন চিকিৎসকেরা।', 'PROTEST', 'strike'),
    ('বুধবার ঢাকায় মানববন্ধন করেছে শিক্ষার্থীরা।', 'PROTEST', 'demo'),
    ('বুধবার ঢাকায় শিক্ষার্থীরা সড়ক অবরোধ করে বিক্ষোভ করেছে।', 'PROTEST', 'obstruct'),
    ('বুধবার ঢাকায় পুলিশ সাউন্ড গ্রেনেড ছুড়েছে।', 'ASSAULT', 'crowd-control'),
    ('বুধবার ঢাকায় দুর্বৃত্তরা ককটেল বিস্ফোরণ ঘটায়।', 'ASSAULT', 'explosives'),
    ('বুধবার ঢাকায় এক যুবককে পিটিয়ে হত্যা করা হয়েছে।', 'ASSAULT', 'beat'),
    ('বুধবার ঢাকায় র\u200d্যাবের সঙ্গে বন্দুকযুদ্ধে এক জন নিহত হয়েছেন।', 'ASSAULT', 'firearms'),
    ('বুধবার ঢাকায় বিএনপির দুই নেতাকে আটক করা হয়েছে।', 'COERCE', 'arrest'),
    ('বুধবার ঢাকায় যৌথবাহিনীর অভিযানে দশ জন গ্রেপ্তার হয়েছেন।', 'COERCE', 'arrest'),
    ('বুধবার ঢাকায় আওয়ামী লীগের কার্যালয়ে হামলা চালানো হয়েছে।', 'ASSAULT', 'destroy'),
    ('বুধবার ঢাকায় একটি মন্দিরে হামলা ও প্রতিমা ভাঙচুর করা হয়।', 'ASSAULT', 'destroy'),
    ('বুধবার ঢাকায় সাংবাদিককে মারধর করা হয়েছে।', 'ASSAULT', 'beat'),
    ('বুধবার ঢাকায় নারীকে শ্লীলতাহানির অভিযোগ উঠেছে।', 'ASSAULT', 'sexual'),
    ('বুধবার ঢাকায় এক শিশুকে ধর্ষণের পর হত্যা করা হয়েছে।', 'ASSAULT', 'sexual'),
    ('বুধবার ঢাকায় চাঁদা না পেয়ে দোকানে হামলা চালায় সন্ত্রাসীরা।', 'ASSAULT', None),
    ('বুধবার ঢাকায় আদালত তাকে সাত দিনের রিমান্ড মঞ্জুর করেছে।', 'COERCE', 'arrest'),
    ('বুধবার ঢাকায় আদালত পাঁচ জনকে মৃত্যুদণ্ড দিয়েছেন।', 'SANCTION', 'convict'),
    ('বুধবার ঢাকায় ১৪৪ ধারা জারি করা হয়েছে।', 'COERCE', 'restrict'),
    ('বুধবার ঢাকায় সেনাবাহিনী মোতায়েন করা হয়েছে।', 'MOBILIZE', 'troops'),
    ('বুধবার ঢাকায় আদালত তাকে পাঁচ বছরের কারাদণ্ড দিয়েছেন।', 'SANCTION', 'convict'),
    ('বুধবার কলকাতায় আদালত তিন জনকে ফাঁসির সাজা দিয়েছে।', 'SANCTION', 'convict'),
    ('বুধবার ঢাকায় তাকে দল থেকে বহিষ্কার করা হয়েছে।', 'SANCTION', 'expel'),
    ('বুধবার ঢাকায় তাকে সাময়িক বরখাস্ত করা হয়েছে।', 'SANCTION', 'expel'),
    ('বুধবার ঢাকায় দুই ঘণ্টা কলম বিরতি পালন করেন কর্মচারীরা।', 'PROTEST', 'strike'),
    ('বুধবার ঢাকায় প্রেসক্লাবের সামনে অবস্থান কর্মসূচি পালন করেন শিক্ষকরা।', 'PROTEST', 'demo'),
    ('বুধবার ঢাকায় কালো পতাকা মিছিল করে ছাত্রদল।', 'PROTEST', 'demo'),
    ('বুধবার ঢাকায় ঝাড়ু মিছিল করেন নারীরা।', 'PROTEST', 'demo'),
    ('বুধবার ঢাকায় মশাল মিছিল বের করে শিক্ষার্থীরা।', 'PROTEST', 'demo'),
    ('বুধবার কলকাতায় অবস্থান বিক্ষোভ চলছে।', 'PROTEST', 'demo'),
    ('বুধবার ঢাকায় পুলিশ তাকে প্রাণনাশের হুমকি দিয়েছে বলে অভিযোগ।', 'THREATEN', 'violence'),
    ('বুধবার ঢাকায় তাকে মোবাইলে হত্যার হুমকি দেওয়া হয়।', 'THREATEN', 'violence'),
    ('বুধবার ঢাকায় সীমান্তে বিজিবি টহল জোরদার করেছে।', 'MOBILIZE', 'troops'),
    ('বুধবার ঢাকায় ইন্টারনেট বন্ধ করে দিয়েছে সরকার।', 'COERCE', 'censor'),
    ('বুধবার কলকাতায় কার্ফু জারি করা হয়েছে।', 'COERCE', 'curfew'),
    ('বুধবার ঢাকায় দুই জনকে তুলে নিয়ে যায় সাদা পোশাকের লোকেরা।', 'ASSAULT', 'abduct'),
    ('বুধবার ঢাকায় তিন জনকে গুম করা হয়েছে বলে অভিযোগ।', 'ASSAULT', 'abduct'),
    ('বুধবার ঢাকায় ভ্রাম্যমাণ আদালত দুই জনকে জরিমানা করেছে।', 'SANCTION', 'convict'),
    ('বুধবার ঢাকায় ভ্রাম্যমাণ আদালত তিন জনকে কারাদণ্ড দিয়েছে।', 'SANCTION', 'convict'),
    ('বুধবার ঢাকায় তার ব্যাংক হিসাব জব্দ করা হয়েছে।', 'COERCE', 'seize'),
    ('বুধবার ঢাকায় তার বিদেশযাত্রায় নিষেধাজ্ঞা দিয়েছেন আদালত।', 'SANCTION', 'discontinue'),
    ('বুধবার ঢাকায় তাকে তিন দিনের রিমান্ডে নেওয়া হয়েছে।', 'COERCE', 'arrest'),
    ('বুধবার ঢাকায় তাকে কারাগারে পাঠানো হয়েছে।', 'COERCE', 'arrest'),
    ('বুধবার কলকাতায় দুই পক্ষের হাতাহাতিতে পাঁচ জন আহত হন।', 'ASSAULT', 'beat'),
    ('দুর্নীতির মামলায় সাজাপ্রাপ্ত হয়ে তিনি কারাগারে ছিলেন।', 'SANCTION', 'convict'),
    ('মানবতাবিরোধী অপরাধের দায়ে দণ্ডপ্রাপ্ত হন তিনি।', 'SANCTION', 'convict'),
    ('বুধবার টাঙ্গাইলের মধুপুরে এক গৃহবধূর মুখে অ্যাসিড নিক্ষেপ করেছে তাঁর স্বামী।', 'ASSAULT', 'primitive'),
    ('বুধবার বীরভূমের বগটুই গ্রামে বাড়িতে আগুন লাগিয়ে দেওয়া হয়, পুড়ে মৃত্যু হয় আট জনের।', 'ASSAULT', 'destroy'),
    ('শনিবার মৌলভীবাজারের শ্রীমঙ্গলে চা-শ্রমিকেরা সড়কে অবস্থান নেন।', 'PROTEST', 'demo'),
    ('সোমবার উপাচার্যকে তাঁর কার্যালয়ে অবরুদ্ধ করে রাখেন শিক্ষার্থীরা।', 'PROTEST', 'obstruct'),
    ('মঙ্গলবার কৃষ্ণনগরে জেলাশাসকের দফতরের সামনে ধর্নায় বসলেন চাকরিপ্রার্থীরা।', 'PROTEST', 'demo'),
    ('বৃহস্পতিবার হাওড়া স্টেশনে নগদ ৫০ লক্ষ টাকা বাজেয়াপ্ত করে আরপিএফ।', 'COERCE', 'seize'),
    ('শনিবার ঠিকাদারি প্রতিষ্ঠানকে কালো তালিকাভুক্ত করেছে সিলেট সিটি করপোরেশন।', 'SANCTION', 'discontinue'),
    ('বুধবার মুর্শিদাবাদের জঙ্গিপুরে রুটমার্চ করল কেন্দ্রীয় বাহিনী।', 'MOBILIZE', 'troops'),
    ('রোববার সকাল থেকে শাহবাগে সেনাবাহিনী টহল দিচ্ছে।', 'MOBILIZE', 'troops'),
    ('মঙ্গলবার মালদহের বৈষ্ণবনগর সীমান্তে বিএসএফের নজরদারি বাড়ানো হয়েছে।', 'MOBILIZE', 'police'),
    ('বুধবার কুমিল্লায় দুই পক্ষ মুখোমুখি হলে এ সংঘর্ষ হয়।', 'ASSAULT', None),
    ('বুধবার কুমিল্লায় দুই পক্ষের মুখোমুখি সংঘর্ষে আহত ১০।', 'ASSAULT', None),
    ('বুধবার কুমিল্লায় বাস ও ট্রাকের মুখোমুখি সংঘর্ষে নিহত ৩।', 'ACCIDENT', 'road'),
    ('বুধবার শান্তিপুর লোকালের ধাক্কায় এক জনের মৃত্যু হয়েছে।', 'ACCIDENT', 'rail'),
    # last year is a date, not a running toll's span
    ('গত বছর এই দিনে বাগদাদে আত্মঘাতী বিস্ফোরণে ১৭০ জন মারা গিয়েছিলেন।', 'ASSAULT', 'suicide-attack'),
    # a right named before the arrest is the arrested's, not a power to arrest
    ('বুধবার ঢাকায় এক মানবাধিকার কর্মীকে গ্রেপ্তার করেছে পুলিশ।', 'COERCE', 'arrest'),
    # (1031227_27bdesh3, training: the plane's crash had been read from its later collision with a tower)
    ('বুধবার সাগরে একটি যাত্রীবাহী বিমান আছড়ে পড়লে অন্তত ১১১ জনের মৃত্যু হয়েছে।', 'ACCIDENT', 'air'),
]


#: no event: a cause without a death (the season, the liquor seized), a figure of speech, a drill,
#: a condition, a stance
NOT_EVENTS = [
    'শীতে পিঠা খাওয়ার ধুম পড়েছে।',
    'ঠান্ডায় জনজীবন বিপর্যস্ত।',
    'গরমে লোডশেডিং বেড়েছে।',
    'পুলিশ ৫০০ লিটার চোলাই মদ উদ্ধার করেছে।',
    'আসন্ন নির্বাচনকে ঘিরে রাজনীতির মাঠে ঝড় তুলেছে নতুন দলটি।',
    'বাজেটের পর শেয়ারবাজারে দরপতনের ঝড় বইছে।',
    'বুধবার পেসারদের তোপে ধসে পড়ে শ্রীলঙ্কার ব্যাটিং।',
    'ভূমিকম্পের সময় কী করণীয়, তা নিয়ে বৃহস্পতিবার শিলিগুড়িতে মহড়া হল।',
    'হরতাল হলে ব্যবসায়ীরা ক্ষতিগ্রস্ত হবেন বলে সভায় উদ্বেগ প্রকাশ করা হয়।',
    'ঘূর্ণিঝড় আছড়ে পড়লে কী ভাবে উদ্ধারকাজ চলবে, তা নিয়ে বৈঠক হল।',
    'সৈকতে বড় বড় ঢেউ আছড়ে পড়ছে।',
    'এ বিষয়ে কঠোর অবস্থান নেন মন্ত্রী।',
    'আসামিদের দ্রুত গ্রেপ্তারের আশ্বাস দিয়েছে পুলিশ।',
    'রাতভর বিমান হামলার সতর্কসংকেত বাজে কিয়েভে।',
    'গ্রামে ঢুকে পড়া একটি বাঘকে গুলি ছুড়ে ঘুম পাড়িয়ে ফের পাঠানো হল গভীর জঙ্গলে।',
    'চলতি বছরে বাংলাদেশে গণপিটুনিতে দেড়শোরও বেশি মানুষের মৃত্যু হয়েছে।',
    'গত দশ বছরে সংঘর্ষে দুই হাজার মানুষ নিহত হয়েছেন।',
    # (a season's running toll: probe article BD2-03)
    'চলতি শীত মৌসুমে আগুন পোহাতে গিয়ে দগ্ধ হয়ে সাতজন মারা গেছেন।',
    # (a forecast: probe article BD2-10; a warning system, 1050220_20bdesh1.pc)
    'নতুন বছরের শুরুতে শৈত্যপ্রবাহের আভাস, ঘন কুয়াশায় সতর্কতা',
    'থাইল্যান্ডে সুনামি পূর্বাভাস ব্যবস্থা নিয়ে বৈঠক শেষ হয়েছে।',
    # (a year's statistics: probe articles BD2-12 and WB2-25)
    'প্রতিবেদনে বলা হয়, শুধু ডিসেম্বর মাসেই ৫১৭টি দুর্ঘটনায় ৫৩২ জন মারা গেছেন।',
    'বিদায়ী বছরে দেশে ৬ হাজার ২১৮টি সড়ক দুর্ঘটনায় ৬ হাজার ৮৩৪ জন নিহত হয়েছেন।',
    'জানুয়ারি থেকে নভেম্বর পর্যন্ত রাজ্যে পথ দুর্ঘটনায় মৃত্যু হয়েছে 5,412 জনের।',
    # (a rally called, not held: probe article BD2-13)
    'বিএনপি বৃহস্পতিবার সারাদেশে বিক্ষোভ সমাবেশ ডেকেছে।',
    'দলে ভাঙন ধরেছে বলে দাবি করেছেন নেতারা।',
    'এই আইনের আওতায় পুলিশকে কোনো মামলা ছাড়াই গ্রেফতারের অধিকার দেয়া হয়।',
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_a_cause_without_a_death_names_no_event(text):
    assert _every_event(text) == []


@pytest.mark.parametrize("text, event_type, mode", SENTENCES)
def test_a_typical_sentence_yields_its_event(text, event_type, mode):
    events = _every_event(text)
    assert [(e.event_type, e.mode) for e in events] == [(event_type, mode)]


PLACES = [
    ('রাজধানীর মিরপুরে', 'Mirpur (Dhaka)', 'BGD'),
    ('ঢাকার সাভারে', 'Savar', 'BGD'),
    ('চট্টগ্রামের হাটহাজারীতে', 'Hathazari', 'BGD'),
    ('কক্সবাজারের উখিয়ায় রোহিঙ্গা ক্যাম্পে', 'Ukhia', 'BGD'),
    ('নারায়ণগঞ্জের ফতুল্লায়', 'Fatullah', 'BGD'),
    ('গাজীপুরের টঙ্গীতে', 'Tungi', 'BGD'),
    ('কুমিল্লার দাউদকান্দিতে', 'Daudkandi', 'BGD'),
    ('উত্তর ২৪ পরগনার বসিরহাটে', 'Basirhat', 'IND'),
    ('মুর্শিদাবাদের ডোমকলে', 'Domkal', 'IND'),
    ('পূর্ব মেদিনীপুরের কাঁথিতে', 'Contai', 'IND'),
    ('দক্ষিণ দিনাজপুরের বালুরঘাটে', 'Bālurghāt', 'IND'),
    ('কলকাতার পার্ক সার্কাসে', 'Park Circus', 'IND'),
    ('আসামের গুয়াহাটিতে', 'Guwahati', 'IND'),
    ('ত্রিপুরার আগরতলায়', 'Agartala', 'IND'),
    ('মেঘালয়ের শিলংয়ে', 'Shillong', 'IND'),
    ('পাকিস্তানের বেলুচিস্তান প্রদেশে', 'Balochistan', 'PAK'),
    ('আফগানিস্তানের কাবুলে', 'Kabul', 'AFG'),
    ('গাজা উপত্যকার রাফায়', 'Rafaḩ', 'PSE'),
    ('ইউক্রেনের খারকিভে', 'Kharkiv', 'UKR'),
    ('মিয়ানমারের রাখাইন রাজ্যে', 'Rakhine State', 'MMR'),
    ('সিলেটের জৈন্তাপুরে', 'Jaintapur', 'BGD'),
    ('বগুড়ার শেরপুরে', 'Sherpur', 'BGD'),
    ('জামালপুরের সরিষাবাড়ীতে', 'Sarishabari', 'BGD'),
    ('খুলনার রূপসায়', 'Rupsa', 'BGD'),
    ('রংপুরের পীরগঞ্জে', 'Pirganj', 'BGD'),
    ('ময়মনসিংহের ভালুকায়', 'Bhaluka', 'BGD'),
    ('যশোরের বেনাপোল সীমান্তে', 'Benapole', 'BGD'),
    ('চুয়াডাঙ্গার দামুড়হুদা উপজেলার কার্পাসডাঙ্গা ইউনিয়নে', 'কার্পাসডাঙ্গা (Damurhuda)', 'BGD'),
    ('সুনামগঞ্জের তাহিরপুর উপজেলার একটি গ্রামে', 'Tahirpur', 'BGD'),
    ('নোয়াখালীর সুবর্ণচরে', 'Subarnachar', 'BGD'),
    ('ভোলার চরফ্যাশনে', 'Charfasson', 'BGD'),
]


@pytest.mark.parametrize("where, name, country", PLACES)
def test_a_place_told_under_its_district_or_country_is_found(where, name, country):
    # "X-এর Y": a town under its district, state or country, in both presses' spellings
    events = _every_event(f"বুধবার {where} দুর্বৃত্তদের হামলায় দুই জন নিহত হয়েছেন।")
    assert [(e.location.name, e.location.country) for e in events] == [(name, country)]


DATES = [
    ('গত ২৩ মার্চ', '2025-03-23', 'day'),
    ('চলতি বছরের ১৫ জানুয়ারি', '2025-01-15', 'day'),
    ('গত মাসের শেষ দিকে', '2025-11', 'month'),
    ('গত সপ্তাহে', '2025-12-22', 'week'),
    ('দিন দুয়েক আগে', '2025-12-28', 'day'),
    ('গত বৃহস্পতিবার রাতে', '2025-12-25', 'day'),
    ('রবিবার গভীর রাতে', '2025-12-28', 'day'),
    ('২৫ ডিসেম্বর রাতে', '2025-12-25', 'day'),
    ('১৬ই ডিসেম্বর', '2025-12-16', 'day'),
    ('পয়লা বৈশাখ', '2025-04-14', 'day'),
    ('২০২৪ সালের জুলাইয়ে', '2024-07', 'month'),
    ('একাত্তরে', '1971', 'year'),
    ('গত বছরের ডিসেম্বরে', '2024-12', 'month'),
    ('গতবছর', '2024', 'year'),
    ('চলতি মাসের শুরুতে', '2025-12', 'month'),
    ('এ মাসের ৫ তারিখে', '2025-12-05', 'day'),
    ('সোমবার (২৯ ডিসেম্বর)', '2025-12-29', 'day'),
    ('২৮শে ডিসেম্বর', '2025-12-28', 'day'),
    ('গত ২৮ তারিখে', '2025-12-28', 'day'),
    ('তিন দিন আগে', '2025-12-27', 'day'),
    ('এক সপ্তাহ আগে', '2025-12-22', 'week'),
    ('গত রাতে', '2025-12-29', 'day'),
    ('গতরাতে', '2025-12-29', 'day'),
    ('আজ ভোরে', '2025-12-30', 'day'),
    ('গতকাল দুপুরে', '2025-12-29', 'day'),
    ('গত পরশু', '2025-12-28', 'day'),
    ('বৃহস্পতি বার সকালে', '2025-12-25', 'day'),
    ('আগামী কাল, সোমবার', '2025-12-29', 'day'),
    ('গতকাল, শনিবার', '2025-12-27', 'day'),
]


@pytest.mark.parametrize("words, value, precision", DATES)
def test_a_date_told_relative_to_publication_resolves(words, value, precision):
    from ghotona.recognize.dates import find_dates

    # a paper of Tuesday 30 December 2025
    assert [(m.value, m.precision) for m in find_dates(words, dt.date(2025, 12, 30))] == [(value, precision)]


TOLLS = [
    ('অন্তত ৫০ জন', 50, 'at_least', None),
    ('শতাধিক মানুষ', 100, 'more_than', None),
    ('হাজারখানেক মানুষ', 1000, 'about', None),
    ('দেড় শতাধিক মানুষ', 150, 'more_than', None),
    ('কয়েকশো মানুষ', 100, 'at_least', None),
    ('ডজনখানেক মানুষ', 12, 'about', None),
    ('দু’জন', 2, 'exact', None),
    ('জনা পাঁচেক', 5, 'about', None),
    ('গোটা দশেক মানুষ', 10, 'about', None),
    ('৫-৬ জন', 5, 'range', 6),
    ('পাঁচ থেকে ছয় জন', 5, 'range', 6),
    ('দশ-বারো জন', 10, 'range', 12),
    ('অর্ধশতাধিক মানুষ', 50, 'more_than', None),
    ('প্রায় দেড়শো জন', 150, 'about', None),
    ('আড়াইশো জন', 250, 'exact', None),
    ('সাড়ে তিনশো জন', 350, 'exact', None),
    ('১২ জনেরও বেশি', 12, 'more_than', None),
    ('৩০ জনের বেশি', 30, 'more_than', None),
    ('কমপক্ষে ১২ জন', 12, 'at_least', None),
    ('এক ডজন মানুষ', 12, 'exact', None),
    ('দুই ডজন মানুষ', 24, 'exact', None),
    ('তিনজন', 3, 'exact', None),
    ('একজন', 1, 'exact', None),
    ('চার জন যাত্রী', 4, 'exact', None),
    ('জনা কুড়ি', 20, 'about', None),
    ('হাজার দুয়েক মানুষ', 2000, 'about', None),
    ('হাজার পাঁচেক মানুষ', 5000, 'about', None),
    ('দুই হাজার মানুষ', 2000, 'exact', None),
    ('১০-১২ জন', 10, 'range', 12),
    ('বিশ-পঁচিশ জন', 20, 'range', 25),
]


@pytest.mark.parametrize("toll, value, qualifier, high", TOLLS)
def test_a_toll_is_counted_with_its_qualifier(toll, value, qualifier, high):
    events = _every_event(f"বুধবার গাজীপুরে বাস দুর্ঘটনায় {toll} নিহত হয়েছেন।")
    assert [(e.fatalities.value, e.fatalities.qualifier, e.fatalities.high) for e in events] == [(value, qualifier, high)]


@pytest.mark.parametrize("text, field, value", [
    ("বুধবার কাটোয়ায় দুষ্কৃতীদের হামলায় জখম হন তাঁর স্ত্রীও।", "injuries", 1),
    ("বুধবার কাটোয়ায় দুষ্কৃতীদের গুলিতে তিনি নিহত হন।", "fatalities", 1),
    ("বুধবার কাটোয়ায় হামলায় তাঁদের মৃত্যু হয়।", "fatalities", None),
])
def test_one_person_told_without_a_numeral_is_one_whoever_else_the_clause_names(text, field, value):
    """A singular pronoun next to the cue counts one; a plural vetoes it only between the two (the
    attackers in "দুষ্কৃতীদের হামলায়" had vetoed the wife hurt after the cue)."""
    [event] = _every_event(text)
    count = getattr(event, field)
    assert (count.value if count is not None else None) == value

