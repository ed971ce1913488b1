"""The printed plan painted with QtGui only: page, PDF and image. No widgets."""
